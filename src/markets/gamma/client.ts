/** The Gamma client: typed reads over the transport, lists walked to the end by the upstream's real page caps. */
import type { z } from 'zod'

import { upstreamUnavailable } from '../../errors'
import { logger as rootLogger } from '../../log/logger'
import {
  type EventFilter,
  eventKeysetQuery,
  eventOffsetQuery,
  type MarketFilter,
  marketKeysetQuery,
  marketOffsetQuery,
  type RelatedTagsOptions,
  type ResolvedEventFilter,
  type ResolvedMarketFilter,
  resolveEventFilter,
  resolveMarketFilter,
  resolveRelatedTags,
  resolveSearch,
  resolveSeriesFilter,
  resolveTeamFilter,
  type SearchOptions,
  type SeriesFilter,
  type TeamFilter,
  tagPasses,
} from './filters'
import { createGammaTransport, type GammaCounters, type GammaTransport, type GammaTransportOptions } from './http'
import {
  normaliseEvent,
  normaliseMarket,
  normaliseRelatedTag,
  normaliseSearch,
  normaliseSeries,
  normaliseSport,
  normaliseTag,
  normaliseTeam,
} from './normalise'
import { defaultPageCaps, type GammaPageCaps, keysetUnavailable, walkKeyset, walkOffset } from './paginate'
import type { QueryParams } from './query'
import {
  eventsKeysetWire,
  eventsWire,
  eventWire,
  marketsKeysetWire,
  marketsWire,
  marketWire,
  relatedTagsWire,
  searchWire,
  seriesListWire,
  sportsWire,
  tagsWire,
  tagWire,
  teamsWire,
} from './schemas'
import type {
  GammaEvent,
  GammaEventsPage,
  GammaMarket,
  GammaRelatedTag,
  GammaSearchResult,
  GammaSeries,
  GammaSport,
  GammaTag,
  GammaTeam,
} from './types'

export interface GammaClientOptions extends GammaTransportOptions {
  /** The upstream's real page caps (the replay's are configurable; Gamma's are the defaults). */
  caps?: Partial<GammaPageCaps>
  /** A list longer than this many pages fails with `upstream.too_many_pages`. */
  maxPages?: number
  /** After a keyset endpoint answered "not configured", use the offset lists for this long before trying again. */
  keysetRetryMs?: number
  /** A ready transport (tests); built from the other options when omitted. */
  transport?: GammaTransport
}

export interface GammaClient {
  /** Every event matching the filter, all pages. */
  listEvents(filter: EventFilter): Promise<GammaEvent[]>
  /** One page of events; `limit` defaults to (and is clamped upstream at) the keyset cap. */
  eventsPage(filter: EventFilter, cursor?: string, options?: { limit?: number }): Promise<GammaEventsPage>
  getEvent(id: string): Promise<GammaEvent>
  getEventBySlug(slug: string): Promise<GammaEvent>
  /** Every market matching the filter, all pages. */
  listMarkets(filter: MarketFilter): Promise<GammaMarket[]>
  getMarket(id: string): Promise<GammaMarket>
  listTags(): Promise<GammaTag[]>
  getTag(id: number): Promise<GammaTag>
  getTagBySlug(slug: string): Promise<GammaTag>
  /** A tag's relations, ordered by rank. */
  relatedTags(tagId: number, options?: RelatedTagsOptions): Promise<GammaRelatedTag[]>
  /** Series without their embedded events (list a series' events with `listEvents({ seriesId })`). */
  listSeries(filter?: SeriesFilter): Promise<GammaSeries[]>
  listSports(): Promise<GammaSport[]>
  listTeams(filter?: TeamFilter): Promise<GammaTeam[]>
  search(q: string, options?: SearchOptions): Promise<GammaSearchResult>
  counters(): GammaCounters
  readonly caps: GammaPageCaps
}

/** Offset-fallback page cursors carry this prefix; upstream keyset cursors never do. */
const OFFSET_CURSOR = '~offset:'

export function createGammaClient(options: GammaClientOptions): GammaClient {
  const transport = options.transport ?? createGammaTransport(options)
  const caps: GammaPageCaps = { ...defaultPageCaps, ...options.caps }
  const maxPages = options.maxPages ?? 200
  const keysetRetryMs = options.keysetRetryMs ?? 60_000
  const now = options.now ?? Date.now
  const log = rootLogger.child({ component: 'gamma' })
  const keysetDownUntil = { events: 0, markets: 0 }

  /** Runs the keyset walk unless the endpoint recently said it is not there; falls back to the offset list. */
  async function keysetOrOffset<T>(kind: 'events' | 'markets', keyset: () => Promise<T>, offset: () => Promise<T>): Promise<T> {
    if (now() >= keysetDownUntil[kind]) {
      try {
        return await keyset()
      } catch (error) {
        if (!keysetUnavailable(error)) throw error
        keysetDownUntil[kind] = now() + keysetRetryMs
        log.warn({ kind, err: error }, 'keyset pagination unavailable, using the offset list')
      }
    }
    return offset()
  }

  // Events

  async function eventsKeysetPage(filter: ResolvedEventFilter, cursor: string | undefined, limit: number) {
    const page = await transport.get({
      path: '/events/keyset',
      endpoint: 'events.keyset',
      query: { ...eventKeysetQuery(filter), limit, after_cursor: cursor },
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

  /** An offset-fallback page: cursor `~offset:<pass>:<offset>` walks the tag passes one after another. */
  async function eventsOffsetCursorPage(filter: ResolvedEventFilter, cursor: string | undefined): Promise<GammaEventsPage> {
    const passes = tagPasses(filter.tagIds, filter.tagMatch, filter.relatedTags)
    const [passText = '0', offsetText = '0'] = cursor?.slice(OFFSET_CURSOR.length).split(':') ?? []
    const passIndex = Number(passText)
    const offset = Number(offsetText)
    const pass = passes[passIndex]
    if (!pass || !Number.isInteger(offset) || offset < 0) {
      throw upstreamUnavailable('upstream.bad_cursor', { context: { path: '/events', cursor } })
    }
    const raw = await eventsOffsetPage(filter, pass.tagId, offset, caps.events)
    const matches = eventMatches(filter)
    const events = raw.filter((event) => matches(event) && pass.keep(event.tagIds))
    const full = raw.length >= caps.events
    const next = full ? `${OFFSET_CURSOR}${passIndex}:${offset + raw.length}` : passIndex + 1 < passes.length ? `${OFFSET_CURSOR}${passIndex + 1}:0` : undefined
    return next === undefined ? { events } : { events, nextCursor: next }
  }

  // Markets

  async function marketsByOffset(filter: ResolvedMarketFilter): Promise<GammaMarket[]> {
    // Client-side tag checks need each market's tags embedded.
    const includeTag = filter.includeTag || filter.tagIds.length > 1
    const out: GammaMarket[] = []
    for (const pass of tagPasses(filter.tagIds, filter.tagMatch, filter.relatedTags)) {
      const markets = await walkOffset(
        (offset, limit) =>
          transport
            .get({ path: '/markets', endpoint: 'markets.list', query: { ...marketOffsetQuery(filter, pass.tagId, includeTag), limit, offset }, schema: marketsWire })
            .then((page) => page.map((market) => normaliseMarket(market))),
        { cap: caps.markets, maxPages, path: '/markets' },
      )
      out.push(...markets.filter((market) => pass.keep(market.tagIds)))
    }
    return out
  }

  /** Offset lists of plain resources (tags, series, teams), at their cap. */
  function offsetList<W, T>(path: string, schema: z.ZodType<W[], unknown>, cap: number, query: QueryParams, map: (wire: W) => T) {
    return walkOffset(
      (offset, limit) => transport.get({ path, endpoint: path.slice(1), query: { ...query, limit, offset }, schema }).then((page) => page.map(map)),
      { cap, maxPages, path },
    )
  }

  return {
    caps,

    listEvents(input) {
      const filter = resolveEventFilter(input)
      return keysetOrOffset(
        'events',
        () => walkKeyset((cursor) => eventsKeysetPage(filter, cursor, caps.keyset), { maxPages, path: '/events/keyset' }),
        () => eventsByOffset(filter),
      ).then(uniqueById)
    },

    async eventsPage(input, cursor, pageOptions = {}) {
      const filter = resolveEventFilter(input)
      if (cursor?.startsWith(OFFSET_CURSOR)) return eventsOffsetCursorPage(filter, cursor)
      const limit = pageOptions.limit ?? caps.keyset
      return keysetOrOffset(
        'events',
        async () => {
          const page = await eventsKeysetPage(filter, cursor, limit)
          return page.nextCursor === undefined ? { events: page.items } : { events: page.items, nextCursor: page.nextCursor }
        },
        // A keyset cursor cannot be resumed as an offset: the walk restarts from the first page.
        () => eventsOffsetCursorPage(filter, undefined),
      )
    },

    async getEvent(id) {
      return normaliseEvent(await transport.get({ path: `/events/${encodeURIComponent(id)}`, endpoint: 'events.byId', schema: eventWire }))
    },

    async getEventBySlug(slug) {
      return normaliseEvent(await transport.get({ path: `/events/slug/${encodeURIComponent(slug)}`, endpoint: 'events.bySlug', schema: eventWire }))
    },

    listMarkets(input) {
      const filter = resolveMarketFilter(input)
      return keysetOrOffset(
        'markets',
        () =>
          walkKeyset(
            async (cursor) => {
              const page = await transport.get({
                path: '/markets/keyset',
                endpoint: 'markets.keyset',
                query: { ...marketKeysetQuery(filter), limit: caps.keyset, after_cursor: cursor },
                schema: marketsKeysetWire,
              })
              return { items: page.markets.map((market) => normaliseMarket(market)), nextCursor: page.next_cursor }
            },
            { maxPages, path: '/markets/keyset' },
          ),
        () => marketsByOffset(filter),
      ).then(uniqueById)
    },

    async getMarket(id) {
      const wire = await transport.get({ path: `/markets/${encodeURIComponent(id)}`, endpoint: 'markets.byId', query: { include_tag: true }, schema: marketWire })
      return normaliseMarket(wire)
    },

    async listTags() {
      const tags = await offsetList('/tags', tagsWire, caps.tags, {}, normaliseTag)
      return uniqueById(tags.filter((tag): tag is GammaTag => tag !== undefined))
    },

    async getTag(id) {
      return requireTag(normaliseTag(await transport.get({ path: `/tags/${id}`, endpoint: 'tags.byId', schema: tagWire })), `/tags/${id}`)
    },

    async getTagBySlug(slug) {
      const path = `/tags/slug/${encodeURIComponent(slug)}`
      return requireTag(normaliseTag(await transport.get({ path, endpoint: 'tags.bySlug', schema: tagWire })), path)
    },

    async relatedTags(tagId, relatedOptions) {
      const resolved = resolveRelatedTags(tagId, relatedOptions)
      const rows = await transport.get({
        path: `/tags/${tagId}/related-tags`,
        endpoint: 'tags.related',
        query: { status: resolved.status, omit_empty: resolved.omitEmpty },
        schema: relatedTagsWire,
      })
      return rows.map(normaliseRelatedTag).sort((a, b) => a.rank - b.rank)
    },

    listSeries(input) {
      const filter = resolveSeriesFilter(input)
      const query = {
        slug: filter.slugs.length > 0 ? filter.slugs : undefined,
        closed: filter.closed ?? undefined,
        recurrence: filter.recurrence ?? undefined,
        order: filter.order ?? undefined,
        ascending: filter.order === null ? undefined : filter.ascending,
        // Embedded events make series pages huge; events are listed by series through listEvents instead.
        exclude_events: true,
      }
      return offsetList('/series', seriesListWire, caps.series, query, normaliseSeries).then(uniqueById)
    },

    async listSports() {
      return (await transport.get({ path: '/sports', endpoint: 'sports', schema: sportsWire })).map(normaliseSport)
    },

    listTeams(input) {
      const filter = resolveTeamFilter(input)
      const query = {
        league: filter.leagues.length > 0 ? filter.leagues : undefined,
        name: filter.names.length > 0 ? filter.names : undefined,
        abbreviation: filter.abbreviations.length > 0 ? filter.abbreviations : undefined,
        provider_id: filter.providerIds.length > 0 ? filter.providerIds : undefined,
        order: filter.order ?? undefined,
        ascending: filter.order === null ? undefined : filter.ascending,
      }
      return offsetList('/teams', teamsWire, caps.teams, query, normaliseTeam).then(uniqueById)
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
    resetCounters: () => counters.resetCounters(),
  }
  return createGammaClient({ baseUrl: 'http://gamma.invalid', transport })
}

/** Lists can repeat an item when the upstream changes while pages are walked; the first copy wins. */
function uniqueById<T extends { id: unknown }>(items: T[]): T[] {
  const seen = new Set<unknown>()
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)))
}

function requireTag(tag: GammaTag | undefined, path: string): GammaTag {
  if (!tag) throw upstreamUnavailable('upstream.malformed', { context: { path, reason: 'tag id is not numeric' } })
  return tag
}
