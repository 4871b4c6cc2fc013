/**
 * A tag's event feed: the events the upstream queries returned, filtered exactly, pinned ones first, sorted by
 * the tag's sort with the event id as the last key (a total order, so pages never overlap or skip), then cut
 * into pages by an opaque offset cursor.
 *
 * Pinned events: editors pin deliberately, so a pinned event shows even when it falls outside the tag's tag
 * filter or time window (fetch them with `pinnedQueriesFor`). It must still have the tag's market status, and
 * hiding wins over pinning.
 */
import Decimal from 'decimal.js'

import type { CompiledTag, ContentSnapshot } from '../content/types'
import { notFound } from '../errors'
import type { GammaEvent } from '../markets/gamma/types'
import { type Audience, isTagVisible } from './audience'
import { decodeCursor, encodeCursor, orderingFingerprint } from './cursor'
import { toFeedEvent } from './feedEvent'
import { timeOf } from './format'
import type { FeedPage } from './schemas'
import { eventMatchesTag, statusAllows } from './tagMatch'

export { eventMatchesTag, pinnedQueriesFor, upstreamQueriesFor } from './tagMatch'

export const DEFAULT_FEED_LIMIT = 20
export const MAX_FEED_LIMIT = 100

export interface FeedRequest {
  limit?: number | null
  cursor?: string | null
}

type Compare = (a: GammaEvent, b: GammaEvent) => number

/**
 * The upstream's ordering, reproduced exactly: its sort field (absent values last in either direction, like its
 * NULLS LAST), then the numeric id ascending. Feeds are read from the upstream already in this order, page by page
 * (see loaders/feedPages.ts); sorting in memory must agree with it, or a page would not match the whole list's order.
 */
const byId: Compare = (a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const absentLast = <T>(value: (event: GammaEvent) => T | null | undefined, compare: (a: T, b: T) => number): Compare => (a, b) => {
  const va = value(a) ?? null
  const vb = value(b) ?? null
  if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1
  return compare(va, vb)
}

/**
 * Each sort as the upstream knows it: the field it orders by (also the upstream's `order` name) and the direction.
 * The in-memory comparator, the upstream query and the cursor's sort key are all derived from this one table.
 */
const SORTS = {
  volume: { field: 'volume', ascending: false },
  liquidity: { field: 'liquidity', ascending: false },
  'end-date': { field: 'endDate', ascending: true },
  newest: { field: 'createdAt', ascending: false },
} as const satisfies Record<CompiledTag['sort'], { field: keyof GammaEvent; ascending: boolean }>

type SortField = (typeof SORTS)[CompiledTag['sort']]['field']
const isAmount = (field: SortField): field is 'volume' | 'liquidity' => field === 'volume' || field === 'liquidity'

function primaryCompare({ field, ascending }: (typeof SORTS)[CompiledTag['sort']]): Compare {
  const direction = ascending ? 1 : -1
  if (isAmount(field)) return absentLast((event) => event[field], (a, b) => a.comparedTo(b) * direction)
  // Stryker disable next-line ArithmeticOperator: direction is 1 or -1, so dividing by it is multiplying by it
  return absentLast((event) => timeOf(event[field]), (a, b) => (a - b) * direction)
}

const sortEntries = Object.entries(SORTS) as Array<[CompiledTag['sort'], (typeof SORTS)[CompiledTag['sort']]]>
const sorts = Object.fromEntries(sortEntries.map(([sort, spec]) => [sort, primaryCompare(spec)])) as Record<CompiledTag['sort'], Compare>

/** The upstream `order` / `ascending` that gives each sort (the same ordering as `compareFor`). */
export const UPSTREAM_ORDER = Object.fromEntries(sortEntries.map(([sort, { field, ascending }]) => [sort, { order: field, ascending }])) as Record<
  CompiledTag['sort'],
  { order: string; ascending: boolean }
>

export type SortKey = readonly [id: string, value: string | null]

/** What a cursor keeps of the last event it passed: its id and sort field's value as text (`eventOfSortKey` reads it back). */
export function sortKeyOf(sort: CompiledTag['sort'], event: GammaEvent): SortKey {
  const value = event[SORTS[sort].field] as Decimal | string | undefined
  return [event.id, value === undefined || value === null ? null : typeof value === 'string' ? value : value.toFixed()]
}

/** An event standing for a sort key: `compareFor(sort)` places it exactly where the event it was taken from stood. */
export function eventOfSortKey(sort: CompiledTag['sort'], [id, value]: SortKey): GammaEvent {
  const { field } = SORTS[sort]
  const parsed = value === null ? undefined : isAmount(field) ? new Decimal(value) : value
  return { id, [field]: parsed } as unknown as GammaEvent
}

export function compareFor(sort: CompiledTag['sort']): Compare {
  const primary = sorts[sort]
  return (a, b) => primary(a, b) || byId(a, b)
}

/** Hidden by the editor (by slug or id): hiding wins over pinning. */
export function hiddenIn(tag: CompiledTag): (event: GammaEvent) => boolean {
  const hidden = new Set(tag.hidden)
  return (event) => hidden.has(event.slug) || hidden.has(event.id)
}

/** The pinned events among `events`, in configured order: not hidden, with the tag's market status, each once. */
export function pinnedEvents(tag: CompiledTag, events: readonly GammaEvent[]): GammaEvent[] {
  const hidden = hiddenIn(tag)
  const bySlug = new Map<string, GammaEvent>()
  for (const event of events) if (!hidden(event) && !bySlug.has(event.slug)) bySlug.set(event.slug, event)
  const pinned: GammaEvent[] = []
  const pinnedIds = new Set<string>()
  for (const slug of tag.pinned) {
    const event = bySlug.get(slug)
    if (event && !pinnedIds.has(event.id) && statusAllows(tag, event)) {
      pinned.push(event)
      pinnedIds.add(event.id)
    }
  }
  return pinned
}

/** The whole ordered feed of a tag: pinned events in configured order, then the matching ones sorted. */
export function orderFeedEvents(tag: CompiledTag, events: readonly GammaEvent[], now: Date): GammaEvent[] {
  const unique = new Map<string, GammaEvent>()
  for (const event of events) if (!unique.has(event.id)) unique.set(event.id, event)
  const hidden = hiddenIn(tag)
  const shown = [...unique.values()].filter((event) => !hidden(event))
  const pinned = pinnedEvents(tag, shown)
  const pinnedIds = new Set(pinned.map((event) => event.id))
  const rest = shown.filter((event) => !pinnedIds.has(event.id) && eventMatchesTag(event, tag, now)).sort(compareFor(tag.sort))
  return [...pinned, ...rest]
}

export function clampLimit(limit: number | null | undefined): number {
  if (limit === null || limit === undefined || !Number.isFinite(limit)) return DEFAULT_FEED_LIMIT
  return Math.min(MAX_FEED_LIMIT, Math.max(1, Math.floor(limit)))
}

/** The cursor names the ordering, so one from another tag or from before the sort changed is refused. */
export function feedFingerprint(tag: CompiledTag): string {
  return orderingFingerprint(['feed', tag.slug, tag.sort, tag.marketStatus])
}

export function buildFeedPage(
  snapshot: ContentSnapshot,
  tag: CompiledTag,
  events: readonly GammaEvent[],
  request: FeedRequest,
  client: Audience,
  now: Date,
): FeedPage {
  if (!isTagVisible(snapshot, tag, client, now)) throw notFound('explore.tag_not_found', { context: { tag: tag.slug } })
  const fingerprint = feedFingerprint(tag)
  const offset = request.cursor ? decodeCursor(request.cursor, fingerprint) : 0
  const limit = clampLimit(request.limit)
  const ordered = orderFeedEvents(tag, events, now)
  const page = ordered.slice(offset, offset + limit)
  const next = offset + page.length
  return feedPageView(snapshot, tag, page, page.length > 0 && next < ordered.length ? encodeCursor(next, fingerprint) : null, client, now)
}

/** A page's view: the tag, its rows, and the cursor of the next page (null on the last). */
export function feedPageView(snapshot: ContentSnapshot, tag: CompiledTag, events: readonly GammaEvent[], nextCursor: string | null, client: Audience, now: Date): FeedPage {
  return {
    tag: { slug: tag.slug, label: tag.label },
    events: events.map((event) => toFeedEvent(event, snapshot, client.oddsFormat, now)),
    nextCursor,
  }
}
