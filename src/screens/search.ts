/**
 * Search: explore tags, events and profiles for a query. The upstream search knows nothing of nicknames
 * ("La Albiceleste") or FIFA codes, so when the query names a tournament team its matches are injected at the
 * top of the events, found or not by the upstream.
 */
import type { CompiledTag, CompiledTournament, ContentSnapshot } from '../content/types'
import type { GammaEvent } from '../markets/gamma/types'
import { derivedFrom } from '../utilities/derivedFrom'
import { type Audience, isTagVisible } from './audience'
import { toFeedEvent } from './feedEvent'
import { foldText, timeOf } from './format'
import type { SearchTag, SearchView } from './schemas'

export interface SearchLimits {
  tags: number
  events: number
  profiles: number
}

export const DEFAULT_SEARCH_LIMITS: SearchLimits = { tags: 10, events: 20, profiles: 10 }
export const MAX_SEARCH_LIMIT = 50
/** Tags and events asked of the upstream's search per type; the view merges them with the CMS's own matches. */
export const UPSTREAM_SEARCH_PER_TYPE = 10

/** A prefix shorter than this matches too much ("ma" → Mexico, Morocco, Makhachev…); whole aliases always count. */
export const MIN_ALIAS_PREFIX = 3
/**
 * Fans drop articles ("albiceleste" for "La Albiceleste"), so a later word of an alias may match too, from a
 * longer prefix: "the" must not find every "The …" nickname.
 */
export const MIN_ALIAS_WORD_PREFIX = 4

export interface UpstreamSearch {
  events: readonly GammaEvent[]
  tags: readonly { id: number; label: string; slug: string; eventCount?: number }[]
}

export interface SearchProfile {
  handle: string
  displayName?: string | null
}

const clamp = (value: number) => (Number.isFinite(value) ? Math.min(MAX_SEARCH_LIMIT, Math.max(0, Math.floor(value))) : 0)

/** Text folded for matching, and its words. */
interface FoldedText {
  text: string
  words: string[]
}

const folded = (value: string): FoldedText => {
  const text = foldText(value)
  return { text, words: text.split(/[\s-]+/) }
}

/**
 * Every name of every tournament team, folded, per content snapshot: a snapshot is immutable, and folding them all
 * again for each query was most of a search's own work.
 */
const allTeamNames = derivedFrom((snapshot: ContentSnapshot): Array<[teamId: number, names: FoldedText[]]> =>
  Object.values(snapshot.tournaments).flatMap((tournament) => [...teamNames(tournament, snapshot)]),
)

/** Every name a tournament team goes by: its aliases (codes, nicknames) and the CMS team's names. */
function teamNames(tournament: CompiledTournament, snapshot: ContentSnapshot): Map<number, FoldedText[]> {
  const names = new Map<number, FoldedText[]>()
  const add = (teamId: number, name: string | null | undefined) => {
    if (name) names.set(teamId, [...(names.get(teamId) ?? []), folded(name)])
  }
  for (const { alias, teamId } of tournament.aliases) add(teamId, alias)
  const teamIds = new Set([...tournament.groups.flatMap((group) => group.teamIds), ...tournament.aliases.map((entry) => entry.teamId)])
  for (const teamId of teamIds) {
    const team = snapshot.teams[String(teamId)]
    add(teamId, team?.name)
    add(teamId, team?.shortName)
    add(teamId, team?.abbreviation)
  }
  return names
}

function nameMatches({ text, words }: FoldedText, q: string): boolean {
  if (text === q || (q.length >= MIN_ALIAS_PREFIX && text.startsWith(q))) return true
  return q.length >= MIN_ALIAS_WORD_PREFIX && words.slice(1).some((word) => word.startsWith(q))
}

/** Teams of any tournament the query names: a whole alias or name, or a long enough prefix of one or of its words. */
export function teamsNamedBy(query: string, snapshot: ContentSnapshot): Set<number> {
  const q = foldText(query)
  const found = new Set<number>()
  if (!q) return found
  for (const [teamId, names] of allTeamNames(snapshot)) {
    if (names.some((name) => nameMatches(name, q))) found.add(teamId)
  }
  return found
}

/** Live and upcoming first (soonest first), then settled ones (latest first). */
function injectedMatches(teamIds: ReadonlySet<number>, events: readonly GammaEvent[]): GammaEvent[] {
  if (teamIds.size === 0) return []
  const kickoff = (event: GammaEvent) => timeOf(event.startTime ?? event.endDate) ?? 0
  const involved = events.filter((event) => event.teams.some((team) => teamIds.has(team.id)))
  const open = involved.filter((event) => !event.closed).sort((a, b) => kickoff(a) - kickoff(b))
  const settled = involved.filter((event) => event.closed).sort((a, b) => kickoff(b) - kickoff(a))
  return [...open, ...settled]
}

/** A tag's label and slug, folded, kept with the (immutable) compiled tag. */
const foldedTag = derivedFrom((tag: CompiledTag): [label: FoldedText, slug: FoldedText] => [folded(tag.label), folded(tag.slug)])

/** 0 exact, 1 prefix, 2 a word starts with it, 3 contains it; null when unrelated. */
function tagRank(tag: CompiledTag, q: string): number | null {
  const ranks = foldedTag(tag).map(({ text, words }): number | null => {
    if (text === q) return 0
    if (text.startsWith(q)) return 1
    if (words.some((word) => word.startsWith(q))) return 2
    return text.includes(q) ? 3 : null
  })
  const found = ranks.filter((rank): rank is number => rank !== null)
  return found.length > 0 ? Math.min(...found) : null
}

function exploreTags(q: string, snapshot: ContentSnapshot, client: Audience, now: Date): SearchTag[] {
  if (!q) return []
  return Object.values(snapshot.tags)
    .flatMap((tag) => {
      const rank = tagRank(tag, q)
      return rank !== null && isTagVisible(snapshot, tag, client, now) ? [{ tag, rank }] : []
    })
    .sort((a, b) => a.rank - b.rank || a.tag.depth - b.tag.depth || a.tag.order - b.tag.order || a.tag.label.localeCompare(b.tag.label))
    .map(({ tag }) => ({ source: 'explore', slug: tag.slug, label: tag.label, upstreamId: null, eventCount: null }))
}

export function searchView(
  query: string,
  snapshot: ContentSnapshot,
  upstream: UpstreamSearch,
  tournamentEvents: readonly GammaEvent[],
  profiles: readonly SearchProfile[],
  limits: SearchLimits,
  client: Audience,
  now: Date,
  /** The teams the query names, when the caller has them already (it decided on them whether to read the matches). */
  teams: ReadonlySet<number> = teamsNamedBy(query, snapshot),
): SearchView {
  const q = foldText(query)

  const cmsTags = exploreTags(q, snapshot, client, now)
  const seen = new Set(cmsTags.flatMap((tag) => [tag.slug, foldText(tag.label)]))
  const upstreamTags: SearchTag[] = upstream.tags
    .filter((tag) => !seen.has(tag.slug) && !seen.has(foldText(tag.label)))
    .map((tag) => ({
      source: 'upstream',
      slug: tag.slug,
      label: tag.label,
      upstreamId: tag.id,
      eventCount: tag.eventCount !== undefined && Number.isSafeInteger(tag.eventCount) ? tag.eventCount : null,
    }))

  const events = new Map<string, GammaEvent>()
  for (const event of [...injectedMatches(teams, tournamentEvents), ...upstream.events]) {
    if (!events.has(event.id)) events.set(event.id, event)
  }

  return {
    query: query.trim(),
    tags: [...cmsTags, ...upstreamTags].slice(0, clamp(limits.tags)),
    events: [...events.values()].slice(0, clamp(limits.events)).map((event) => toFeedEvent(event, snapshot, client.oddsFormat, now)),
    profiles: profiles.slice(0, clamp(limits.profiles)).map((profile) => ({ handle: profile.handle, displayName: profile.displayName ?? null })),
  }
}
