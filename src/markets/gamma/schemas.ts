/**
 * Wire schemas for Gamma responses. Upstream omits null fields, so everything but the identifying ids is optional;
 * unknown keys are stripped. String-encoded arrays are parsed here, once, and a malformed one is a schema issue
 * (the transport turns it into `upstream.malformed`), never a crash further in. In a list, a malformed row is
 * skipped and logged instead.
 */
import { z } from 'zod'

import { logger } from '../../log/logger'
import { toCalendarDay, toUtcIso } from './dates'

/** Upstream sends null and "" for "nothing"; both mean absent. */
const blank = (value: unknown) => (value === null || value === '' ? undefined : value)
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional())

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

const text = opt(z.string())
const flag = opt(z.boolean())
const count = opt(z.number())

/** Ids of events, markets, tags and series are strings upstream, sometimes numbers in older payloads. */
const stringId = z.union([z.string().trim().min(1), z.number().int()]).transform(String)
/** Ids of teams, sports and related-tag rows are ints, occasionally sent as numeric strings. */
const intId = z.union([z.number().int(), z.string().trim().regex(/^-?\d+$/).transform(Number)])

/** A decimal as its exact text: a string passes through, a number becomes `String(n)` (no float arithmetic). */
const decimalText = z.union([z.number().transform(String), z.string().trim().regex(DECIMAL, 'not a decimal')])
const decimal = opt(decimalText)

// A date the parser does not understand is dropped rather than failing the whole page: no screen depends on an
// unreadable timestamp, while one odd row must not take a tag's listing down.
const date = opt(z.string().transform((value) => toUtcIso(value)))
const day = opt(z.string().transform((value) => toCalendarDay(value)))

const NUMBER_OR_STRING = /"(?:[^"\\]|\\.)*"|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g

/** `"[\"Yes\", \"No\"]"` → `['Yes', 'No']`; a native array is accepted as well. */
const encodedStrings = opt(
  z.union([z.string(), z.array(z.unknown())]).transform((value, ctx) => {
    const parsed = typeof value === 'string' ? parseJson(value) : value
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string' || typeof item === 'number')) {
      ctx.addIssue({ code: 'custom', message: 'expected a JSON array of strings' })
      return z.NEVER
    }
    return parsed.map(String)
  }),
)

/**
 * `"[\"0.0455\", \"0.9545\"]"` → exact decimal strings. Bare numbers inside the JSON text are read from the raw
 * tokens, because `JSON.parse` would round a long price to a float.
 */
const encodedDecimals = opt(
  z.union([z.string(), z.array(z.unknown())]).transform((value, ctx) => {
    const fail = () => {
      ctx.addIssue({ code: 'custom', message: 'expected a JSON array of decimals' })
      return z.NEVER
    }
    if (Array.isArray(value)) {
      const items = value.map((item) => decimalText.safeParse(item))
      return items.every((item) => item.success) ? items.map((item) => item.data as string) : fail()
    }
    const parsed = parseJson(value)
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string' || typeof item === 'number')) return fail()
    const tokens = value.match(NUMBER_OR_STRING) ?? []
    if (tokens.length !== parsed.length) return fail()
    const out: string[] = []
    for (const token of tokens) {
      const raw = token.startsWith('"') ? (JSON.parse(token) as string).trim() : token
      if (!DECIMAL.test(raw)) return fail()
      out.push(raw)
    }
    return out
  }),
)

/** `"1,450,100639"` → `[1, 450, 100639]`. */
const commaInts = opt(
  z.union([z.string(), z.array(z.union([z.number(), z.string()]))]).transform((value, ctx) => {
    const parts = (Array.isArray(value) ? value.map(String) : value.split(',')).map((part) => part.trim()).filter(Boolean)
    if (!parts.every((part) => /^\d+$/.test(part))) {
      ctx.addIssue({ code: 'custom', message: 'expected comma-separated integer ids' })
      return z.NEVER
    }
    return parts.map(Number)
  }),
)

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value)
  } catch {
    return undefined
  }
}

const log = logger.child({ component: 'gamma' })

/**
 * A list that may come back as null when empty. A malformed item is logged and skipped, row by row: one bad event
 * must not take down a whole feed.
 */
const listOf = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => value ?? [],
    z.array(z.unknown()).transform((items) =>
      items.flatMap((item, index) => {
        const parsed = schema.safeParse(item)
        if (parsed.success) return [parsed.data as z.output<T>]
        const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : undefined
        log.warn({ code: 'upstream.malformed_row', index, id, issues: parsed.error.issues.slice(0, 3) }, 'skipped a malformed upstream row')
        return []
      }),
    ),
  )

export const tagWire = z.object({
  id: stringId,
  label: text,
  slug: text,
  forceShow: flag,
  forceHide: flag,
  isCarousel: flag,
  publishedAt: date,
  createdAt: date,
  updatedAt: date,
  activeEventsCount: count,
  /** Only on `/public-search` tags. */
  event_count: count,
})

export const teamWire = z.object({
  id: intId,
  name: text,
  league: text,
  record: text,
  logo: text,
  abbreviation: text,
  alias: text,
  providerId: opt(intId),
  color: text,
  /** `home` or `away`, only when embedded in an event. */
  ordering: text,
  createdAt: date,
  updatedAt: date,
})

export const sportWire = z.object({
  id: intId,
  sport: text,
  name: text,
  image: text,
  resolution: text,
  ordering: text,
  tags: commaInts,
  primaryTagId: opt(intId),
  /** The league's series id, a string upstream. */
  series: opt(stringId),
  createdAt: date,
})

export const seriesWire = z.object({
  id: stringId,
  ticker: text,
  slug: text,
  title: text,
  seriesType: text,
  recurrence: text,
  image: text,
  icon: text,
  active: flag,
  closed: flag,
  archived: flag,
  featured: flag,
  restricted: flag,
  publishedAt: date,
  createdAt: date,
  updatedAt: date,
  startDate: date,
  volume: decimal,
  volume24hr: decimal,
  liquidity: decimal,
  /** A string on series, a number on events and markets. */
  competitive: decimal,
  commentCount: count,
})

export const marketWire = z.object({
  id: stringId,
  question: text,
  conditionId: text,
  questionID: text,
  slug: text,
  description: text,
  resolutionSource: text,
  image: text,
  icon: text,
  groupItemTitle: text,
  groupItemThreshold: decimal,
  outcomes: encodedStrings,
  outcomePrices: encodedDecimals,
  clobTokenIds: encodedStrings,
  active: flag,
  closed: flag,
  archived: flag,
  restricted: flag,
  acceptingOrders: flag,
  enableOrderBook: flag,
  negRisk: flag,
  /** Decimal strings upstream; the `*Num` twins are floats and only used when the string is missing. */
  volume: decimal,
  volumeNum: decimal,
  liquidity: decimal,
  liquidityNum: decimal,
  volume24hr: decimal,
  volume1wk: decimal,
  bestBid: decimal,
  bestAsk: decimal,
  lastTradePrice: decimal,
  spread: decimal,
  oneDayPriceChange: decimal,
  competitive: decimal,
  orderPriceMinTickSize: decimal,
  orderMinSize: decimal,
  startDate: date,
  endDate: date,
  closedTime: date,
  createdAt: date,
  updatedAt: date,
  gameStartTime: date,
  eventStartTime: date,
  umaResolutionStatus: text,
  sportsMarketType: text,
  /** A number in the schema; some payloads send `"2.5"`. */
  line: decimal,
  /** A string (hex hash) on markets, unlike the event's int. */
  gameId: opt(z.union([z.string(), z.number().transform(String)])),
  secondsDelay: count,
  teamAID: opt(z.union([z.string(), z.number().transform(String)])),
  teamBID: opt(z.union([z.string(), z.number().transform(String)])),
  /** Only with `include_tag=true`. */
  tags: opt(z.array(tagWire)),
})

export const eventWire = z.object({
  id: stringId,
  ticker: text,
  slug: text,
  title: text,
  description: text,
  resolutionSource: text,
  category: text,
  image: text,
  icon: text,
  active: flag,
  closed: flag,
  archived: flag,
  featured: flag,
  restricted: flag,
  negRisk: flag,
  startDate: date,
  creationDate: date,
  endDate: date,
  closedTime: date,
  createdAt: date,
  updatedAt: date,
  published_at: date,
  volume: decimal,
  volume24hr: decimal,
  volume1wk: decimal,
  liquidity: decimal,
  openInterest: decimal,
  competitive: decimal,
  commentCount: count,
  seriesSlug: text,
  markets: opt(z.array(marketWire)),
  series: opt(z.array(seriesWire)),
  tags: opt(z.array(tagWire)),
  // Sports games
  startTime: date,
  eventDate: day,
  eventWeek: count,
  score: text,
  elapsed: text,
  period: text,
  live: flag,
  ended: flag,
  finishedTimestamp: date,
  gameStatus: text,
  gameId: opt(intId),
  homeTeamName: text,
  awayTeamName: text,
  spreadsMainLine: decimal,
  totalsMainLine: decimal,
  teams: opt(z.array(teamWire)),
  sport: opt(sportWire),
})

export const eventsWire = listOf(eventWire)
export const tagsWire = listOf(tagWire)

/** `/events/keyset`: `next_cursor` only while pages are full, absent on the last one. */
export const eventsKeysetWire = z.object({
  events: listOf(eventWire),
  next_cursor: text,
})

export const searchWire = z.object({
  events: listOf(eventWire),
  tags: listOf(tagWire),
  pagination: opt(z.object({ hasMore: flag, totalResults: count })),
})

/** `{"type":"not found error","error":"id not found"}` and friends. */
export const errorBodyWire = z.object({ type: text, error: text })

export type TagWire = z.output<typeof tagWire>
export type TeamWire = z.output<typeof teamWire>
export type SportWire = z.output<typeof sportWire>
export type SeriesWire = z.output<typeof seriesWire>
export type MarketWire = z.output<typeof marketWire>
export type EventWire = z.output<typeof eventWire>
export type SearchWire = z.output<typeof searchWire>
