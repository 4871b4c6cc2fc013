/** The Gamma client: typed reads over the transport, lists walked to the end by the upstream's real page caps. */
import { upstreamUnavailable } from '../../errors'
import { logger as rootLogger } from '../../log/logger'
import type { Prepay } from '../../redis/windowSpend'
import {
  type EventFilter,
  eventKeysetQuery,
  eventOffsetQuery,
  type ResolvedEventFilter,
  resolveEventFilter,
  resolveSearch,
  type SearchOptions,
  tagPasses,
} from './filters'
import { createGammaTransport, type GammaCounters, type GammaTransport, type GammaTransportOptions } from './http'
import { normaliseEvent, normaliseSearch, normaliseTag } from './normalise'
import { defaultPageCaps, type GammaPageCaps, keysetUnavailable, walkKeyset, walkOffset } from './paginate'
import { eventsKeysetWire, eventsWire, eventWire, searchWire, tagsWire } from './schemas'
import type { GammaEvent, GammaSearchResult, GammaTag } from './types'

export interface GammaClientOptions extends GammaTransportOptions {
  /** The upstream's real page caps (the replay's are configurable; Gamma's are the defaults). */
  caps?: Partial<GammaPageCaps>
  /** A list longer than this many pages fails with `upstream.too_many_pages`. */
  maxPages?: number
  /** After the keyset endpoint answered "not configured", use the offset list for this long before trying again. */
  keysetRetryMs?: number
  /** A ready transport (tests); built from the other options when omitted. */
  transport?: GammaTransport
}

export interface GammaClient {
  /** Every event matching the filter, all pages. */
  listEvents(filter: EventFilter): Promise<GammaEvent[]>
  /**
   * One keyset page of up to `limit` events in the filter's `order`, from `cursor` (an upstream `next_cursor`). Fails
   * when the keyset endpoint is unavailable (`keysetUnavailable(error)`): a page has no offset equivalent.
   */
  eventsPage(filter: EventFilter, cursor: string | null, limit: number): Promise<EventsPage>
  getEventBySlug(slug: string): Promise<GammaEvent>
  listTags(): Promise<GammaTag[]>
  search(q: string, options?: SearchOptions): Promise<GammaSearchResult>
  counters(): GammaCounters
  budget(): Promise<Record<string, { used: number; limit: number }>>
  /** The upstream budget's spend for a load's first call (a search, or any read of events), for the cache read that takes its lock to record. */
  prepay?(read: 'search' | 'events'): Prepay | undefined
  /** Closes the upstream connection pool, at shutdown. */
  close(): Promise<void>
}

export interface EventsPage {
  events: GammaEvent[]
  /** The upstream's cursor for the next page; null on the last page. */
  nextCursor: string | null
}

export function createGammaClient(options: GammaClientOptions): GammaClient {
  const transport = options.transport ?? createGammaTransport(options)
  const caps: GammaPageCaps = { ...defaultPageCaps, ...options.caps }
  const maxPages = options.maxPages ?? 200
  const keysetRetryMs = options.keysetRetryMs ?? 60_000
  const now = options.now ?? Date.now
  const log = rootLogger.child({ component: 'gamma' })
  let keysetDownUntil = 0

  /** Runs the keyset walk unless the endpoint recently said it is not there; falls back to the offset list. */
  async function keysetOrOffset<T>(keyset: () => Promise<T>, offset: () => Promise<T>): Promise<T> {
    if (now() >= keysetDownUntil) {
      try {
        return await keyset()
      } catch (error) {
        if (!keysetUnavailable(error)) throw error
        keysetDownUntil = now() + keysetRetryMs
        log.warn({ kind: 'events', err: error }, 'keyset pagination unavailable, using the offset list')
      }
    }
    return offset()
  }

  async function eventsKeysetPage(filter: ResolvedEventFilter, cursor: string | undefined, limit = caps.keyset) {
    const page = await transport.get({
      path: '/events/keyset',
      endpoint: 'events.keyset',
      query: { ...eventKeysetQuery(filter), limit: Math.min(limit, caps.keyset), after_cursor: cursor },
      schema: eventsKeysetWire,
    })
    return { items: page.events.map(normaliseEvent), nextCursor: page.next_cursor }
  }

  function eventsOffsetPage(filter: ResolvedEventFilter, tagId: number | undefined, offset: number, limit: number) {
    return transport
      .get({ path: '/events', endpoint: 'events.list', query: { ...eventOffsetQuery(filter, tagId), limit, offset }, schema: eventsWire })
      .then((events) => events.map(normaliseEvent))
  }

  /** What the legacy list cannot filter upstream is filtered here, so both paths return the same set. */
  function eventMatches(filter: ResolvedEventFilter) {
    return (event: GammaEvent) =>
      (filter.live === null || event.live === filter.live) &&
      (filter.seriesId === null || event.series.some((series) => series.id === filter.seriesId)) &&
      !filter.excludeTagIds.some((id) => (event.tagIds as readonly number[]).includes(id))
  }

  async function eventsByOffset(filter: ResolvedEventFilter): Promise<GammaEvent[]> {
    const matches = eventMatches(filter)
    const out: GammaEvent[] = []
    for (const pass of tagPasses(filter.tagIds, filter.tagMatch, filter.relatedTags)) {
      const events = await walkOffset((offset, limit) => eventsOffsetPage(filter, pass.tagId, offset, limit), {
        cap: caps.events,
        maxPages,
        path: '/events',
      })
      out.push(...events.filter((event) => matches(event) && pass.keep(event.tagIds)))
    }
    return out
  }

  return {
    listEvents(input) {
      const filter = resolveEventFilter(input)
      return keysetOrOffset(
        () => walkKeyset((cursor) => eventsKeysetPage(filter, cursor), { maxPages, path: '/events/keyset' }),
        () => eventsByOffset(filter),
      ).then(uniqueById)
    },

    async eventsPage(input, cursor, limit) {
      const page = await eventsKeysetPage(resolveEventFilter(input), cursor ?? undefined, limit)
      return { events: page.items, nextCursor: page.nextCursor ?? null }
    },

    async getEventBySlug(slug) {
      return normaliseEvent(await transport.get({ path: `/events/slug/${encodeURIComponent(slug)}`, endpoint: 'events.bySlug', schema: eventWire }))
    },

    async listTags() {
      const tags = await walkOffset(
        (offset, limit) => transport.get({ path: '/tags', endpoint: 'tags', query: { limit, offset }, schema: tagsWire }).then((page) => page.map(normaliseTag)),
        { cap: caps.tags, maxPages, path: '/tags' },
      )
      return uniqueById(tags.filter((tag): tag is GammaTag => tag !== undefined))
    },

    async search(q, searchOptions) {
      const resolved = resolveSearch(q, searchOptions)
      const wire = await transport.get({
        path: '/public-search',
        endpoint: 'public-search',
        query: {
          q: resolved.q,
          limit_per_type: resolved.limitPerType,
          page: resolved.page,
          events_status: resolved.eventsStatus,
          keep_closed_markets: resolved.keepClosedMarkets ?? undefined,
          search_tags: true,
          search_profiles: false,
        },
        schema: searchWire,
      })
      return normaliseSearch(wire)
    },

    counters: () => transport.counters(),
    budget: () => transport.budget(),
    prepay: (read) => transport.prepay?.(read === 'search' ? '/public-search' : '/events'),
    close: () => transport.close(),
  }
}

/** The client when no upstream is configured: every read is a 503 (`gamma.not_configured`), nothing is sent. */
export function unconfiguredGammaClient(): GammaClient {
  const counters = createGammaTransport({ baseUrl: 'http://gamma.invalid' })
  const transport: GammaTransport = {
    get: async () => {
      throw upstreamUnavailable('gamma.not_configured', { detail: 'Market data is not configured' })
    },
    counters: () => counters.counters(),
    budget: async () => ({}),
    close: () => counters.close(),
  }
  return createGammaClient({ baseUrl: 'http://gamma.invalid', transport })
}

/** Lists can repeat an item when the upstream changes while pages are walked; the first copy wins. */
function uniqueById<T extends { id: unknown }>(items: T[]): T[] {
  const seen = new Set<unknown>()
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)))
}
