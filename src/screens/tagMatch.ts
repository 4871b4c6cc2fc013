/**
 * Whether an event belongs to an explore tag, and the upstream queries that fetch a superset of the tag's events.
 * The upstream takes one tag list with one match mode per query, so the query narrows as far as it safely can
 * and `eventMatchesTag` applies the full filter in memory.
 */
import type { CompiledTag, TagFilter } from '../content/types'
import type { EventFilter } from '../markets/gamma/filters'
import type { GammaEvent } from '../markets/gamma/types'
import { inInterval, isValidInterval, windowBounds } from './timeWindow'

function matches(match: 'all' | 'any', results: boolean[]): boolean {
  return match === 'all' ? results.every(Boolean) : results.some(Boolean)
}

/** A filter's ids and groups are its terms, combined with the filter's own `match`; an empty filter holds. */
export function filterHolds(filter: TagFilter, eventTagIds: ReadonlySet<number>): boolean {
  const terms = [
    ...filter.tagIds.map((id) => eventTagIds.has(id)),
    ...filter.groups.map((group) => matches(group.match, group.tagIds.map((id) => eventTagIds.has(id)))),
  ]
  return terms.length === 0 || matches(filter.match, terms)
}

export function statusAllows(tag: Pick<CompiledTag, 'marketStatus'>, event: Pick<GammaEvent, 'closed'>): boolean {
  return tag.marketStatus === 'all' || (tag.marketStatus === 'settled') === event.closed
}

/** Tag filters (all must hold), market status, and the time window on the event's end date (UTC). */
export function eventMatchesTag(event: GammaEvent, tag: CompiledTag, now: Date): boolean {
  if (!statusAllows(tag, event)) return false
  if (tag.timeWindow) {
    const end = event.endDate ? Date.parse(event.endDate) : Number.NaN
    if (Number.isNaN(end) || !inInterval(end, windowBounds(tag.timeWindow, now))) return false
  }
  const ids = new Set<number>(event.tagIds)
  return tag.filters.every((filter) => filterHolds(filter, ids))
}

/** The closed states a tag needs, one upstream query each (the upstream has no "both"). */
function closedStates(tag: CompiledTag): boolean[] {
  return tag.marketStatus === 'open' ? [false] : tag.marketStatus === 'settled' ? [true] : [false, true]
}

/**
 * Ids every matching event must carry (→ `tagMatch: all`), else the ids of one required OR term, at least one
 * of which every matching event carries (→ `tagMatch: any`), else none.
 */
function upstreamTags(filters: readonly TagFilter[]): { tagIds: number[]; tagMatch: 'all' | 'any' } | null {
  const required = new Set<number>()
  const alternatives: number[][] = []
  for (const filter of filters) {
    const terms = [...filter.tagIds.map((id) => ({ match: 'all' as const, tagIds: [id] })), ...filter.groups]
    if (terms.length === 0) continue
    if (filter.match === 'all') {
      for (const term of terms) {
        if (term.match === 'all' || term.tagIds.length === 1) term.tagIds.forEach((id) => required.add(id))
        else alternatives.push(term.tagIds)
      }
    } else {
      // Any term may satisfy the filter, and every term needs at least one of its ids: the union is a superset.
      const union = terms.flatMap((term) => (term.match === 'any' ? term.tagIds : term.tagIds.slice(0, 1)))
      alternatives.push(union)
    }
  }
  if (required.size > 0) return { tagIds: [...required].sort((a, b) => a - b), tagMatch: 'all' }
  const narrowest = alternatives.filter((ids) => ids.length > 0).sort((a, b) => a.length - b.length)[0]
  return narrowest ? { tagIds: [...new Set(narrowest)].sort((a, b) => a - b), tagMatch: 'any' } : null
}

/**
 * The upstream queries for a tag's events; the caller runs them concurrently and passes every event they return
 * (and any pinned events fetched by slug) to `buildFeedPage`, which applies the exact filter.
 */
export function upstreamQueriesFor(tag: CompiledTag, now: Date): EventFilter[] {
  const tags = upstreamTags(tag.filters)
  const bounds = tag.timeWindow ? windowBounds(tag.timeWindow, now) : null
  const window = bounds && isValidInterval(bounds) ? bounds : null
  return closedStates(tag).map((closed) => ({
    closed,
    ...(tags ? { tagIds: tags.tagIds, tagMatch: tags.tagMatch } : {}),
    ...(window ? { endDateMin: window.start.toISOString(), endDateMax: window.end.toISOString() } : {}),
  }))
}

/** The same queries in the order the tag's feed is shown, so the upstream can serve it page by page. */
export function orderedQueriesFor(tag: CompiledTag, now: Date, order: { order: string; ascending: boolean }): EventFilter[] {
  return upstreamQueriesFor(tag, now).map((query) => ({ ...query, ...order }))
}

/** Pinned events may sit outside the tag's filter, so they are fetched by slug (same closed states). */
export function pinnedQueriesFor(tag: CompiledTag): EventFilter[] {
  if (tag.pinned.length === 0) return []
  return closedStates(tag).map((closed) => ({ closed, slugs: [...tag.pinned] }))
}
