/**
 * Client filters, resolved once into a complete, canonical form (every default explicit, id lists sorted). The
 * same resolved value builds the upstream query and the cache key, so the two can never disagree.
 */
import { internal } from '../../errors'
import { toUtcIso } from './dates'

type Instant = string | Date

export interface EventFilter {
  /** Open (false) or settled (true): always explicit, the upstream has no safe default. */
  closed: boolean
  tagIds?: readonly number[]
  /** How several `tagIds` combine (default `any`). */
  tagMatch?: 'any' | 'all'
  /** Widen `tagIds` to events carrying a related tag. */
  relatedTags?: boolean
  excludeTagIds?: readonly number[]
  seriesId?: string
  endDateMin?: Instant
  endDateMax?: Instant
  startDateMin?: Instant
  startDateMax?: Instant
  /** Upstream field name(s), comma-separated, e.g. `volume24hr`. */
  order?: string
  /** Only meaningful with `order` (upstream default true). */
  ascending?: boolean
  ids?: readonly string[]
  slugs?: readonly string[]
  /** Games in play (true) or not (false); unfiltered when omitted. */
  live?: boolean
}

export interface SearchOptions {
  limitPerType?: number
  /** 1-based. */
  page?: number
  eventsStatus?: 'active' | 'closed' | 'all'
  /** Keep markets closed within this many hours in the results. */
  keepClosedMarkets?: number
}

const numbers = (values: readonly number[] | undefined) => [...new Set(values ?? [])].sort((a, b) => a - b)
const strings = (values: readonly string[] | undefined) => [...new Set(values ?? [])].sort()

function instant(value: Instant | undefined, name: string): string | null {
  if (value === undefined) return null
  const iso = value instanceof Date ? (Number.isNaN(value.getTime()) ? undefined : value.toISOString()) : toUtcIso(value)
  if (iso === undefined) throw internal('gamma.invalid_filter', { context: { [name]: String(value) } })
  return iso
}

export function resolveEventFilter(filter: EventFilter) {
  return {
    closed: filter.closed,
    tagIds: numbers(filter.tagIds),
    tagMatch: filter.tagMatch ?? 'any',
    relatedTags: filter.relatedTags ?? false,
    excludeTagIds: numbers(filter.excludeTagIds),
    seriesId: filter.seriesId ?? null,
    endDateMin: instant(filter.endDateMin, 'endDateMin'),
    endDateMax: instant(filter.endDateMax, 'endDateMax'),
    startDateMin: instant(filter.startDateMin, 'startDateMin'),
    startDateMax: instant(filter.startDateMax, 'startDateMax'),
    order: filter.order ?? null,
    ascending: filter.ascending ?? true,
    ids: strings(filter.ids),
    slugs: strings(filter.slugs),
    live: filter.live ?? null,
  }
}
export type ResolvedEventFilter = ReturnType<typeof resolveEventFilter>

export function resolveSearch(q: string, options: SearchOptions = {}) {
  return {
    q: q.trim(),
    limitPerType: options.limitPerType ?? 10,
    page: options.page ?? 1,
    eventsStatus: options.eventsStatus ?? 'active',
    keepClosedMarkets: options.keepClosedMarkets ?? null,
  }
}

/** `null`/`[]` mean "not filtered" and are left out of the query string. */
const some = <T>(values: readonly T[]) => (values.length > 0 ? values : undefined)
const set = <T>(value: T | null) => (value === null ? undefined : value)

/** `/events/keyset` query (without `limit`/`after_cursor`). */
export function eventKeysetQuery(f: ResolvedEventFilter) {
  return {
    closed: f.closed,
    tag_id: some(f.tagIds),
    tag_match: f.tagIds.length > 1 ? f.tagMatch : undefined,
    related_tags: f.relatedTags || undefined,
    exclude_tag_id: some(f.excludeTagIds),
    series_id: set(f.seriesId),
    end_date_min: set(f.endDateMin),
    end_date_max: set(f.endDateMax),
    start_date_min: set(f.startDateMin),
    start_date_max: set(f.startDateMax),
    order: set(f.order),
    ascending: f.order === null ? undefined : f.ascending,
    id: some(f.ids),
    slug: some(f.slugs),
    live: set(f.live),
  }
}

/** Legacy `/events` query for one offset pass: it takes a single `tag_id`, and has no `tag_match` or `live`. */
export function eventOffsetQuery(f: ResolvedEventFilter, tagId: number | undefined) {
  const { tag_id: _tags, tag_match: _match, ...rest } = eventKeysetQuery(f)
  return { ...rest, tag_id: tagId }
}

/**
 * The legacy `/events` list filters by one tag at a time. Several tags become passes: `all` walks the first tag and keeps
 * items carrying every tag; `any` walks each tag and drops items an earlier pass already returned (they carry an
 * earlier tag), which keeps the union duplicate-free without remembering ids across pages.
 */
export interface TagPass {
  tagId: number | undefined
  keep: (itemTagIds: readonly number[]) => boolean
}

export function tagPasses(tagIds: readonly number[], tagMatch: 'any' | 'all', relatedTags: boolean): TagPass[] {
  const [first] = tagIds
  if (tagIds.length <= 1) return [{ tagId: first, keep: () => true }]
  if (tagMatch === 'all') return [{ tagId: first, keep: (itemTags) => tagIds.every((id) => itemTags.includes(id)) }]
  return tagIds.map((tagId, index) => ({
    tagId,
    // With related tags an item can match a pass without carrying its tag: keep all, the caller dedupes by id.
    keep: (itemTags) => relatedTags || !tagIds.slice(0, index).some((earlier) => itemTags.includes(earlier)),
  }))
}
