/**
 * The response shapes of the mobile screens. Route handlers generate OpenAPI from these and tests validate real
 * responses against them, so the TypeScript types are inferred from the schemas rather than written twice.
 */
import { z } from 'zod'

import { MARKET_KINDS, type MarketKind } from '../display/marketKinds'

export const decimalStringSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('An exact decimal number in plain notation, e.g. "0.535" or "-2.5".')

const instant = z.iso.datetime().describe('A UTC instant, ISO-8601 (`2026-06-20T12:00:00.000Z`).')

export const marketKindSchema = z.enum(MARKET_KINDS.map((kind) => kind.value) as [MarketKind, ...MarketKind[]])

export const teamViewSchema = z.object({
  /** Upstream team id: the key market data and the CMS team map share. */
  id: z.number().int(),
  name: z.string(),
  shortName: z.string().nullable(),
  abbreviation: z.string().nullable(),
  colour: z.string().nullable(),
  logo: z.string().nullable(),
  ordering: z.enum(['home', 'away']).nullable(),
})

/** One shape for a game's live state wherever an event shows (feed rows, event page, World Cup matches). */
export const gameStatusSchema = z.enum(['scheduled', 'live', 'ended'])

export const gameStateSchema = z
  .object({
    status: gameStatusSchema,
    score: z.string().nullable().describe('As the upstream writes it ("2-1", "1-7|0-0|Bo3"); null before the start or when none was sent.'),
    period: z
      .object({
        code: z.string().describe('The upstream\'s period code ("2H", "Q3", "S2", "HT", "VFT").'),
        label: z.string().describe('How the sport names it, from the CMS period vocabulary ("2nd half", "Set 2"); an unknown code reads as itself.'),
      })
      .nullable()
      .describe('The part of the game in play, or how it ended; null before the start.'),
    elapsed: z.string().nullable().describe('The game clock as the upstream gives it (soccer: minutes, "67"); null when it sends none.'),
    clockStale: z
      .boolean()
      .describe('True while the game is live and the upstream has not updated the event for over two minutes (as of the response): show the score and clock as delayed rather than ticking the clock on.'),
  })
  .describe('A game\'s live state; the row\'s `game` is null when the event is not a game.')

export const outcomeSchema = z.object({
  name: z.string(),
  price: decimalStringSchema.nullable().describe('The exact price (0 to 1) as the upstream quotes it: compute with this.'),
  displayPrice: z.string().nullable().describe('The price as the app shows it, in the format asked for with X-Odds-Format ("62%", "1.61", "-163").'),
})

export const displayMarketSchema = z.object({
  id: z.string(),
  slug: z.string(),
  question: z.string(),
  displayTitle: z.string(),
  displaySubtitle: z.string().nullable(),
  category: marketKindSchema,
  outcomes: z.array(outcomeSchema),
  line: decimalStringSchema.nullable(),
  closed: z.boolean(),
  volume: decimalStringSchema,
})

// Explore ------------------------------------------------------------------------------------------------------

export const tagKindSchema = z.enum(['market-tag', 'time-period', 'composite'])

/** What an explore node is: an editor's tag (its kind), or a World Cup group generated from the tournament. */
export const exploreNodeKindSchema = z.enum(['market-tag', 'time-period', 'composite', 'world-cup-group'])

/** On a `world-cup-group` node: the group it opens, and the API path of that group's page. */
const exploreGroupSchema = z.object({ letter: z.string(), path: z.string() })

export interface ExploreNode {
  slug: string
  label: string
  icon: string | null
  kind: z.infer<typeof exploreNodeKindSchema>
  /** Set on `world-cup-group` nodes only: the app opens `path` instead of a tag feed. */
  group?: z.infer<typeof exploreGroupSchema>
  children: ExploreNode[]
}

export const exploreNodeSchema: z.ZodType<ExploreNode> = z.object({
  slug: z.string(),
  label: z.string(),
  icon: z.string().nullable(),
  kind: exploreNodeKindSchema,
  group: exploreGroupSchema.optional().describe('On a `world-cup-group` node: the group letter and the path of its page (`/api/v1/world-cup/groups/{letter}`), opened instead of a tag feed.'),
  get children() {
    return z.array(exploreNodeSchema)
  },
})

export const exploreTreeSchema = z.object({ tags: z.array(exploreNodeSchema) })

// Feed ---------------------------------------------------------------------------------------------------------

export const feedEventSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  image: z.string().nullable(),
  endDate: instant.nullable(),
  startTime: instant.nullable(),
  closed: z.boolean(),
  live: z.boolean(),
  volume: decimalStringSchema,
  liquidity: decimalStringSchema,
  /** The CMS sport slug, when the event is a game of a configured sport. */
  sport: z.string().nullable(),
  game: gameStateSchema.nullable(),
  teams: z.array(teamViewSchema),
  markets: z.array(displayMarketSchema),
})

export const feedPageSchema = z.object({
  tag: z.object({ slug: z.string(), label: z.string() }),
  events: z.array(feedEventSchema),
  /** Opaque; pass back as `cursor` for the next page. Null on the last page. */
  nextCursor: z.string().nullable(),
})

// Event page ---------------------------------------------------------------------------------------------------

export const marketGroupSchema = z.object({
  /** The player, team, round or period the markets share; null when the section is not grouped. */
  title: z.string().nullable(),
  markets: z.array(displayMarketSchema),
})

export const eventSectionSchema = z.object({
  key: z.string(),
  title: z.string(),
  /** 1-based position on the page. */
  order: z.number().int(),
  groups: z.array(marketGroupSchema),
})

export const eventPageSchema = z.object({
  event: z.object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    sport: z.string().nullable(),
    startTime: instant.nullable(),
    live: z.boolean(),
    ended: z.boolean(),
    closed: z.boolean(),
    score: z.string().nullable(),
    period: z.string().nullable(),
    game: gameStateSchema.nullable(),
    teams: z.array(teamViewSchema),
  }),
  sections: z.array(eventSectionSchema),
})

// World Cup ----------------------------------------------------------------------------------------------------

export const matchStatusSchema = z.enum(['scheduled', 'live', 'final'])

export const matchSideSchema = z.object({
  team: teamViewSchema,
  /** Goals so far (live) or final; null before kick-off or when the upstream sent no score. */
  goals: z.number().int().nullable(),
})

export const worldCupMatchSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  /** The group both teams belong to; null for knockout matches. */
  group: z.string().nullable(),
  /** The kick-off instant; null when the upstream gives only the day (see `matchDay`). */
  kickoff: instant.nullable(),
  /** The match day, `YYYY-MM-DD` (UTC), when the upstream gives a day but no kick-off time yet; else null. */
  matchDay: z.iso.date().nullable().describe('The match day (UTC) when no kick-off time is known yet: show the day, not a time.'),
  status: matchStatusSchema,
  period: z.string().nullable(),
  score: z.string().nullable(),
  game: gameStateSchema.nullable(),
  home: matchSideSchema.nullable(),
  away: matchSideSchema.nullable(),
  markets: z.array(displayMarketSchema),
})

export const tableRowSchema = z.object({
  position: z.number().int(),
  team: teamViewSchema,
  played: z.number().int(),
  won: z.number().int(),
  drawn: z.number().int(),
  lost: z.number().int(),
  goalsFor: z.number().int(),
  goalsAgainst: z.number().int(),
  goalDifference: z.number().int(),
  points: z.number().int(),
})

const tournamentHeader = z.object({
  slug: z.string(),
  name: z.string(),
  startDate: instant.nullable(),
  endDate: instant.nullable(),
})

const groupHeader = z.object({
  letter: z.string(),
  slug: z.string(),
  title: z.string(),
  intro: z.string().nullable(),
})

export const worldCupGroupSummarySchema = groupHeader.extend({
  teams: z.array(teamViewSchema),
  table: z.array(tableRowSchema),
})

export const worldCupPageSchema = z.discriminatedUnion('layout', [
  z.object({
    layout: z.literal('groups'),
    tournament: tournamentHeader,
    groups: z.array(worldCupGroupSummarySchema),
    live: z.array(worldCupMatchSchema),
    upcoming: z.array(worldCupMatchSchema),
    /** Settled matches, most recent first. */
    results: z.array(worldCupMatchSchema),
  }),
  z.object({
    layout: z.literal('legacy-flat-list'),
    tournament: tournamentHeader,
    matches: z.array(worldCupMatchSchema),
  }),
  z.object({
    layout: z.literal('legacy-groups-only'),
    tournament: tournamentHeader,
    groups: z.array(groupHeader.extend({ teams: z.array(teamViewSchema) })),
  }),
])

export const worldCupGroupPageSchema = z.discriminatedUnion('layout', [
  z.object({
    layout: z.literal('group'),
    tournament: tournamentHeader,
    group: groupHeader,
    teams: z.array(teamViewSchema),
    /** Every match of the group, by kick-off. */
    matches: z.array(worldCupMatchSchema),
    /** The settled ones, most recent first. */
    results: z.array(worldCupMatchSchema),
    table: z.array(tableRowSchema),
  }),
  z.object({
    layout: z.literal('legacy-flat-list'),
    tournament: tournamentHeader,
    group: groupHeader,
    matches: z.array(worldCupMatchSchema),
  }),
  z.object({
    layout: z.literal('legacy-groups-only'),
    tournament: tournamentHeader,
    group: groupHeader,
    teams: z.array(teamViewSchema),
  }),
])

// Search -------------------------------------------------------------------------------------------------------

export const searchTagSchema = z.object({
  /** `explore`: a CMS tag (open `/explore/{slug}`); `upstream`: a market-data tag. */
  source: z.enum(['explore', 'upstream']),
  slug: z.string(),
  label: z.string(),
  upstreamId: z.number().int().nullable(),
  eventCount: z.number().int().nullable(),
})

export const searchViewSchema = z.object({
  query: z.string(),
  tags: z.array(searchTagSchema),
  events: z.array(feedEventSchema),
  profiles: z.array(z.object({ handle: z.string(), displayName: z.string().nullable() })),
})

export type DecimalString = z.infer<typeof decimalStringSchema>
export type TeamView = z.infer<typeof teamViewSchema>
export type GameStatus = z.infer<typeof gameStatusSchema>
export type GameState = z.infer<typeof gameStateSchema>
export type DisplayMarket = z.infer<typeof displayMarketSchema>
export type ExploreTree = z.infer<typeof exploreTreeSchema>
export type FeedEvent = z.infer<typeof feedEventSchema>
export type FeedPage = z.infer<typeof feedPageSchema>
export type MarketGroup = z.infer<typeof marketGroupSchema>
export type EventSection = z.infer<typeof eventSectionSchema>
export type EventPage = z.infer<typeof eventPageSchema>
export type MatchStatus = z.infer<typeof matchStatusSchema>
export type MatchSide = z.infer<typeof matchSideSchema>
export type WorldCupMatch = z.infer<typeof worldCupMatchSchema>
export type TableRow = z.infer<typeof tableRowSchema>
export type TournamentHeader = z.infer<typeof tournamentHeader>
export type GroupHeader = z.infer<typeof groupHeader>
export type WorldCupGroupSummary = z.infer<typeof worldCupGroupSummarySchema>
export type WorldCupPage = z.infer<typeof worldCupPageSchema>
export type WorldCupGroupPage = z.infer<typeof worldCupGroupPageSchema>
export type SearchTag = z.infer<typeof searchTagSchema>
export type SearchView = z.infer<typeof searchViewSchema>
