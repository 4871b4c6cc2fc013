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

const byId: Compare = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const ZERO = new Decimal(0)

/** Descending by an amount; absent counts as zero. */
const amountDesc = (amount: (event: GammaEvent) => Decimal | undefined): Compare => (a, b) => (amount(b) ?? ZERO).comparedTo(amount(a) ?? ZERO)

/** By an instant; events without one go last either way. */
const instant = (time: (event: GammaEvent) => number | null, direction: 1 | -1): Compare => (a, b) => {
  const ta = time(a)
  const tb = time(b)
  if (ta === null || tb === null) return ta === tb ? 0 : ta === null ? 1 : -1
  // Stryker disable next-line ArithmeticOperator: direction is 1 or -1, so dividing by it is multiplying by it
  return (ta - tb) * direction
}

const sorts: Record<CompiledTag['sort'], Compare> = {
  volume: amountDesc((event) => event.volume),
  liquidity: amountDesc((event) => event.liquidity),
  'end-date': instant((event) => timeOf(event.endDate), 1),
  newest: instant((event) => timeOf(event.createdAt ?? event.startDate), -1),
}

export function compareFor(sort: CompiledTag['sort']): Compare {
  const primary = sorts[sort]
  return (a, b) => primary(a, b) || byId(a, b)
}

/** The whole ordered feed of a tag: pinned events in configured order, then the matching ones sorted. */
export function orderFeedEvents(tag: CompiledTag, events: readonly GammaEvent[], now: Date): GammaEvent[] {
  const unique = new Map<string, GammaEvent>()
  for (const event of events) if (!unique.has(event.id)) unique.set(event.id, event)
  const hidden = new Set(tag.hidden)
  const shown = [...unique.values()].filter((event) => !hidden.has(event.slug) && !hidden.has(event.id))

  const bySlug = new Map(shown.map((event) => [event.slug, event]))
  const pinned: GammaEvent[] = []
  const pinnedIds = new Set<string>()
  for (const slug of tag.pinned) {
    const event = bySlug.get(slug)
    if (event && !pinnedIds.has(event.id) && statusAllows(tag, event)) {
      pinned.push(event)
      pinnedIds.add(event.id)
    }
  }
  const rest = shown.filter((event) => !pinnedIds.has(event.id) && eventMatchesTag(event, tag, now)).sort(compareFor(tag.sort))
  return [...pinned, ...rest]
}

function clampLimit(limit: number | null | undefined): number {
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
  return {
    tag: { slug: tag.slug, label: tag.label },
    events: page.map((event) => toFeedEvent(event, snapshot, client.oddsFormat)),
    nextCursor: page.length > 0 && next < ordered.length ? encodeCursor(next, fingerprint) : null,
  }
}
