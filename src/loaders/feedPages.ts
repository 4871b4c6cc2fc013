/**
 * A feed page read from the upstream page by page, so its cost follows the page, not the tag's catalogue: each
 * upstream query of the tag (open, settled) is a stream the upstream returns already in the feed's order (`order` /
 * `ascending`, see `UPSTREAM_ORDER`); the streams are merged with the same comparator, filtered exactly (the query
 * is a superset of the tag), after the pinned events. The cursor records where each stream stands.
 *
 * Upstream pages are twice the app page, cached like any list: walking a feed costs about one upstream call per two
 * pages, and a page opened cold from its cursor at most two per stream. A tag whose filter the upstream can narrow
 * only loosely may need more upstream pages per app page; that is bounded (`MAX_UPSTREAM_PAGES`): the page is then
 * shorter and its cursor carries on from where the reading stopped.
 */
import type { CompiledTag, ContentSnapshot } from '../content/types'
import { notFound } from '../errors'
import type { EventFilter } from '../markets/gamma/filters'
import type { GammaEvent } from '../markets/gamma/types'
import type { MarketStore, Served } from '../markets/store'
import { type Audience, isTagVisible } from '../screens/audience'
import { orderingFingerprint } from '../screens/cursor'
import { clampLimit, compareFor, eventOfSortKey, type FeedRequest, feedPageView, hiddenIn, pinnedEvents, sortKeyOf, UPSTREAM_ORDER } from '../screens/feed'
import { decodeFeedCursor, encodeFeedCursor, type FeedPosition, type StreamPosition } from '../screens/feedCursor'
import type { FeedPage } from '../screens/schemas'
import { eventMatchesTag, orderedQueriesFor, pinnedQueriesFor } from '../screens/tagMatch'

/** Upstream pages per stream one app page may read before it is returned short. */
export const MAX_UPSTREAM_PAGES = 3
/** The upstream's page cap on `/events/keyset`. */
const UPSTREAM_PAGE_CAP = 100

export const upstreamPageSize = (limit: number): number => Math.min(UPSTREAM_PAGE_CAP, limit * 2)

/** A tag's upstream queries in its feed's order: what its pages read (and what the live refresher reloads). */
export const feedQueries = (tag: CompiledTag, now: Date): EventFilter[] => orderedQueriesFor(tag, now, UPSTREAM_ORDER[tag.sort])

/**
 * One upstream query read in order from a position: the upstream page it stands in, and the last event it gave
 * (its sort key). Resuming skips what sorts at or before that event rather than a count of items, so a page the
 * cache reloaded in between (prices and volumes move) neither repeats nor skips the events around the boundary.
 */
class Stream {
  private events: GammaEvent[] | null = null
  private next: string | null = null
  private index = 0
  private fetched = 0
  /** The stream reached its end. */
  done = false
  /** It stopped at the per-page bound with more to read. */
  bounded = false

  constructor(
    private readonly read: (cursor: string | null, pageSize: number) => Promise<{ events: GammaEvent[]; nextCursor: string | null }>,
    private readonly shows: (event: GammaEvent) => boolean,
    private readonly compare: (a: GammaEvent, b: GammaEvent) => number,
    private readonly sort: CompiledTag['sort'],
    private cursor: string | null,
    private readonly pageSize: number,
    private after: GammaEvent | null,
  ) {}

  /** The next event it shows, or null (done or bounded). */
  async head(): Promise<GammaEvent | null> {
    for (;;) {
      if (!this.events) {
        if (this.fetched === MAX_UPSTREAM_PAGES) {
          this.bounded = true
          return null
        }
        this.fetched++
        const page = await this.read(this.cursor, this.pageSize)
        this.events = page.events
        this.next = page.nextCursor
        this.index = 0
      }
      while (this.index < this.events.length) {
        const event = this.events[this.index]!
        if (this.shows(event) && (!this.after || this.compare(this.after, event) < 0)) return event
        this.index++
      }
      if (!this.next) {
        this.done = true
        return null
      }
      this.cursor = this.next
      this.events = null
    }
  }

  /** The head was taken. */
  advance(): void {
    this.after = this.events![this.index]!
    this.index++
  }

  position(): StreamPosition | null {
    return this.done ? null : [this.cursor, this.pageSize, this.after ? sortKeyOf(this.sort, this.after) : null]
  }
}

export interface PagedFeedDeps {
  markets: MarketStore
  /** Signs and checks feed cursors. */
  cursorKey: () => Buffer
}

/**
 * The cursor names the tag's ordering, its upstream queries and its pins (a cursor counts the pins shown), so one
 * from before an editor changed them is refused rather than skipping or repeating events.
 */
function fingerprintOf(tag: CompiledTag, queries: readonly EventFilter[]): string {
  return orderingFingerprint(['feed-keyset', tag.slug, tag.sort, tag.marketStatus, JSON.stringify(queries), tag.pinned.join(',')])
}

export async function pagedFeed(
  deps: PagedFeedDeps,
  snapshot: ContentSnapshot,
  tag: CompiledTag,
  request: FeedRequest,
  client: Audience,
  now: Date,
  served: Served,
): Promise<FeedPage> {
  if (!isTagVisible(snapshot, tag, client, now)) throw notFound('explore.tag_not_found', { context: { tag: tag.slug } })
  const { markets } = deps
  const limit = clampLimit(request.limit)
  const queries = feedQueries(tag, now)
  const fingerprint = fingerprintOf(tag, queries)
  const start: FeedPosition = request.cursor
    ? decodeFeedCursor(request.cursor, fingerprint, deps.cursorKey(), queries.length)
    : { pinned: 0, streams: queries.map(() => [null, upstreamPageSize(limit), null] as const) }

  const pinned = tag.pinned.length > 0 ? pinnedEvents(tag, await markets.eventsForAll(pinnedQueriesFor(tag), served)) : []
  const pinnedIds = new Set(pinned.map((event) => event.id))
  const hidden = hiddenIn(tag)
  const compare = compareFor(tag.sort)
  const shows = (event: GammaEvent) => !hidden(event) && !pinnedIds.has(event.id) && eventMatchesTag(event, tag, now)

  const page = pinned.slice(start.pinned, start.pinned + limit)
  const pinnedShown = start.pinned + page.length
  const streams = queries.map((query, index) => {
    const position = start.streams[index]
    if (!position) return null
    const [cursor, pageSize, after] = position
    return new Stream((cursor, size) => markets.eventsPage(query, cursor, size, served), shows, compare, tag.sort, cursor, pageSize, after ? eventOfSortKey(tag.sort, after) : null)
  })
  const live = streams.filter((stream): stream is Stream => stream !== null)
  const seen = new Set(page.map((event) => event.id))

  // Merge: take the smallest head until the page is full; one more look tells whether anything follows.
  const heads = await Promise.all(live.map((stream) => stream.head()))
  while (page.length < limit && !live.some((stream) => stream.bounded)) {
    let best = -1
    heads.forEach((head, index) => {
      if (head && (best < 0 || compare(head, heads[best]!) < 0)) best = index
    })
    if (best < 0) break
    const stream = live[best]!
    const event = heads[best]!
    stream.advance()
    // The upstream can move an event between two of its pages while they are read: show it once.
    if (!seen.has(event.id)) {
      seen.add(event.id)
      page.push(event)
    }
    heads[best] = await stream.head()
  }

  const bounded = live.some((stream) => stream.bounded)
  const more = pinnedShown < pinned.length || live.some((stream) => !stream.done)
  const next: FeedPosition = { pinned: pinnedShown, streams: streams.map((stream) => stream?.position() ?? null) }
  // A page cut short by the bound may even be empty: its cursor still carries on where the reading stopped.
  return feedPageView(snapshot, tag, page, more && (page.length > 0 || bounded) ? encodeFeedCursor(next, fingerprint, deps.cursorKey()) : null, client, now)
}
