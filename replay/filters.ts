/** Turns list query parameters into predicates over events and markets, with the upstream's defaults and traps. */
import type { MarketEntry, ReplayStore } from './dataset'
import { asInstant } from './ordering'
import { Query, ValidationError } from './query'
import type { WireEvent, WireMarket } from './wire'

export interface ListMode {
  /** Keyset endpoints take `tag_id` as an array and reject `exclude_tag_id` overlapping it. */
  keyset: boolean
}

interface TagFilter {
  /** Each group is one requested tag widened by its related tags (`related_tags=true`). */
  groups: Array<ReadonlySet<number>>
  match: 'any' | 'all'
  /** `tag_slug`: always required on top of `tag_id`. */
  slugGroup?: ReadonlySet<number>
  excluded: ReadonlySet<number>
}

function widen(store: ReplayStore, tagId: number, related: boolean): Set<number> {
  const group = new Set([tagId])
  if (related) for (const relation of store.relatedByTag.get(tagId) ?? []) group.add(relation.relatedTagID)
  return group
}

function parseTagFilter(query: Query, store: ReplayStore, mode: ListMode): TagFilter | undefined {
  const requested = query.intList('tag_id')
  // Offset lists take one tag id; a repeated key is not an "any of" there, only the first one counts.
  const tagIds = mode.keyset ? requested : requested.slice(0, 1)
  const related = query.bool('related_tags') ?? false
  const excluded = new Set(query.intList('exclude_tag_id'))
  const matchValue = query.string('tag_match') ?? 'any'
  if (matchValue !== 'any' && matchValue !== 'all') throw new ValidationError(`invalid tag_match: ${matchValue}`)
  if (mode.keyset && tagIds.some((id) => excluded.has(id))) throw new ValidationError('tag_id and exclude_tag_id must not overlap')
  const slug = query.string('tag_slug')
  let slugGroup: Set<number> | undefined
  if (slug !== undefined) {
    const tag = store.tagBySlug.get(slug)
    // An unknown slug matches nothing rather than everything.
    slugGroup = tag ? widen(store, Number(tag.id), related) : new Set()
  }
  if (tagIds.length === 0 && !slugGroup && excluded.size === 0) return undefined
  return {
    groups: tagIds.map((id) => widen(store, id, related)),
    match: matchValue,
    ...(slugGroup ? { slugGroup } : {}),
    excluded,
  }
}

function intersects(tags: ReadonlySet<number>, group: ReadonlySet<number>): boolean {
  for (const id of group) if (tags.has(id)) return true
  return false
}

function matchesTags(filter: TagFilter, tags: ReadonlySet<number>): boolean {
  for (const id of filter.excluded) if (tags.has(id)) return false
  if (filter.slugGroup && !intersects(tags, filter.slugGroup)) return false
  if (filter.groups.length === 0) return true
  return filter.match === 'all' ? filter.groups.every((group) => intersects(tags, group)) : filter.groups.some((group) => intersects(tags, group))
}

/** Events that could match the tag filter, straight from the by-tag index (all events when no tag is asked for). */
function tagCandidates(store: ReplayStore, filter: TagFilter | undefined): WireEvent[] {
  if (!filter || (filter.groups.length === 0 && !filter.slugGroup)) return store.events
  const first = filter.slugGroup ?? new Set(filter.groups.flatMap((group) => [...group]))
  const seen = new Set<WireEvent>()
  for (const id of first) for (const event of store.eventsByTag.get(id) ?? []) seen.add(event)
  return [...seen]
}

type Check<T> = (item: T) => boolean

function range<T>(query: Query, min: string, max: string, read: (item: T) => number | undefined, checks: Array<Check<T>>, parse: 'date' | 'number'): void {
  const low = parse === 'date' ? query.date(min) : query.number(min)
  const high = parse === 'date' ? query.date(max) : query.number(max)
  if (low !== undefined) checks.push((item) => (read(item) ?? -Infinity) >= low)
  if (high !== undefined) checks.push((item) => (read(item) ?? Infinity) <= high)
}

function flag<T>(query: Query, name: string, read: (item: T) => boolean | undefined, checks: Array<Check<T>>): void {
  const wanted = query.bool(name)
  if (wanted !== undefined) checks.push((item) => (read(item) ?? false) === wanted)
}

const RECURRENCES = new Set(['daily', 'weekly', 'monthly'])

/**
 * Events matching the query, in no particular order. `closed` is not defaulted: without it open and settled
 * events come back together (the upstream's trap; clients must send `closed=false`).
 */
export function filterEvents(query: Query, store: ReplayStore, mode: ListMode): WireEvent[] {
  const tagFilter = parseTagFilter(query, store, mode)
  const checks: Array<Check<WireEvent>> = []
  if (tagFilter) checks.push((event) => matchesTags(tagFilter, store.tagIdsOf(event)))
  const ids = query.intList('id')
  if (ids.length) {
    const wanted = new Set(ids.map(String))
    checks.push((event) => wanted.has(event.id))
  }
  const slugs = query.list('slug')
  if (slugs.length) {
    const wanted = new Set(slugs)
    checks.push((event) => wanted.has(event.slug))
  }
  flag(query, 'closed', (event) => event.closed, checks)
  flag(query, 'active', (event) => event.active, checks)
  flag(query, 'archived', (event) => event.archived, checks)
  flag(query, 'featured', (event) => event.featured, checks)
  flag(query, 'cyom', (event) => event.cyom, checks)
  flag(query, 'live', (event) => event.live, checks)
  range(query, 'liquidity_min', 'liquidity_max', (event) => event.liquidity, checks, 'number')
  range(query, 'volume_min', 'volume_max', (event) => event.volume, checks, 'number')
  range(query, 'start_date_min', 'start_date_max', (event) => asInstant(event.startDate), checks, 'date')
  range(query, 'end_date_min', 'end_date_max', (event) => asInstant(event.endDate), checks, 'date')
  range(query, 'start_time_min', 'start_time_max', (event) => asInstant(event.startTime), checks, 'date')
  const seriesIds = query.intList('series_id')
  if (seriesIds.length) {
    const wanted = new Set(seriesIds.map(String))
    checks.push((event) => (event.series ?? []).some((series) => wanted.has(series.id)))
  }
  const gameIds = query.intList('game_id')
  if (gameIds.length) {
    const wanted = new Set(gameIds)
    checks.push((event) => event.gameId !== undefined && wanted.has(event.gameId))
  }
  const title = query.string('title_search')?.toLowerCase()
  if (title) checks.push((event) => event.title.toLowerCase().includes(title))
  const recurrence = query.string('recurrence')
  if (recurrence !== undefined) {
    if (!RECURRENCES.has(recurrence)) throw new ValidationError(`invalid recurrence: ${recurrence}`)
    checks.push((event) => (event.series ?? []).some((series) => series.recurrence === recurrence))
  }
  const eventDate = query.string('event_date')
  if (eventDate !== undefined) checks.push((event) => event.eventDate === eventDate)
  return tagCandidates(store, tagFilter).filter((event) => checks.every((check) => check(event)))
}

function parseList(encoded: string): string[] {
  try {
    const parsed: unknown = JSON.parse(encoded)
    return Array.isArray(parsed) ? parsed.map(String) : []
  } catch {
    return []
  }
}

/** Markets matching the query. The upstream forces `active=true&archived=false` here, whatever the client sends. */
export function filterMarkets(query: Query, store: ReplayStore, mode: ListMode): MarketEntry[] {
  const tagFilter = parseTagFilter(query, store, mode)
  const checks: Array<Check<MarketEntry>> = [({ market }) => market.active && !market.archived]
  if (tagFilter) checks.push(({ event }) => matchesTags(tagFilter, store.tagIdsOf(event)))
  const ids = query.intList('id')
  if (ids.length) {
    const wanted = new Set(ids.map(String))
    checks.push(({ market }) => wanted.has(market.id))
  }
  const byField = (name: string, read: (market: WireMarket) => string | undefined) => {
    const values = query.list(name)
    if (values.length === 0) return
    const wanted = new Set(values.map((value) => value.toLowerCase()))
    checks.push(({ market }) => wanted.has((read(market) ?? '').toLowerCase()))
  }
  byField('slug', (market) => market.slug)
  byField('condition_ids', (market) => market.conditionId)
  byField('question_ids', (market) => market.questionID)
  byField('sports_market_types', (market) => market.sportsMarketType)
  byField('game_id', (market) => market.gameId)
  byField('uma_resolution_status', (market) => market.umaResolutionStatus)
  const tokens = query.list('clob_token_ids')
  if (tokens.length) {
    const wanted = new Set(tokens)
    checks.push(({ market }) => parseList(market.clobTokenIds).some((token) => wanted.has(token)))
  }
  flag(query, 'closed', ({ market }) => market.closed, checks)
  range(query, 'liquidity_num_min', 'liquidity_num_max', ({ market }) => market.liquidityNum, checks, 'number')
  range(query, 'volume_num_min', 'volume_num_max', ({ market }) => market.volumeNum, checks, 'number')
  range(query, 'start_date_min', 'start_date_max', ({ market }) => asInstant(market.startDate), checks, 'date')
  range(query, 'end_date_min', 'end_date_max', ({ market }) => asInstant(market.endDate), checks, 'date')
  const candidates = tagFilter && (tagFilter.groups.length > 0 || tagFilter.slugGroup) ? tagCandidates(store, tagFilter).flatMap((event) => event.markets.map((market) => store.marketById.get(market.id)!)) : store.markets
  return candidates.filter((entry) => checks.every((check) => check(entry)))
}
