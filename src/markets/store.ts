/**
 * The market store: what the screens ask of market data, each read through the shared SWR cache with a TTL per kind
 * of data (prices move in seconds, settled results and teams hardly at all). Keys carry every filter, `closed`
 * included, so an open-events list can never be served for a settled one.
 */
import type { Admission, Codec, Read, TtlOptions } from '../cache/swr'
import { SwrCache } from '../cache/swr'
import { logger } from '../log/logger'
import { gammaCacheKey } from './gamma/cacheKey'
import type { EventsPage, GammaClient } from './gamma/client'
import { eventCodec, eventListCodec, eventsPageCodec, searchResultCodec, tagListCodec } from './gamma/codecs'
import type { EventFilter, SearchOptions } from './gamma/filters'
import type { GammaEvent, GammaSearchResult, GammaTag } from './gamma/types'

const log = logger.child({ component: 'market-store' })

const second = 1_000
const minute = 60 * second
const hour = 60 * minute

/** How long each kind of market data is fresh (soft) and usable at all (hard). */
export const MARKET_TTLS = {
  /** Open events: prices and live state. */
  openEvents: { softTtlMs: 10 * second, hardTtlMs: 5 * minute, negativeTtlMs: 30 * second },
  /** Settled events: results do not change once final. */
  settledEvents: { softTtlMs: 5 * minute, hardTtlMs: 6 * hour, negativeTtlMs: 30 * second },
  tags: { softTtlMs: 10 * minute, hardTtlMs: 24 * hour },
  search: { softTtlMs: 30 * second, hardTtlMs: 5 * minute },
} satisfies Record<string, TtlOptions>

/** Filled in by reads that served a value past its soft TTL: a loader passes one through a screen's reads. */
export interface Served {
  stale: boolean
  /** The slugs of the events read: a response built from them is dropped when one of them changes. */
  events?: Set<string>
  /** The request's admission (a per-client limit): counted by the first of these reads, in its Redis round trip. */
  admission?: Admission
}

const noted = <T>(read: Read<T>, served: Served | undefined, events: (value: T) => readonly GammaEvent[]): T => {
  if (read.stale && served) served.stale = true
  if (served?.events) for (const event of events(read.value)) served.events.add(event.slug)
  return read.value
}
const pageEvents = (page: { events: GammaEvent[] }) => page.events

/** One kind of market data as the cache holds it: read by screens and reloaded by the live refresher alike. */
interface Source<T> {
  key: string
  load: () => Promise<T>
  ttl: TtlOptions
  codec: Codec<T>
  /** The events it holds: what change detection and the screens' dependency tracking look at. */
  events: (value: T) => readonly GammaEvent[]
}

export interface MarketStoreHooks {
  /** Called with what a loader fetched from the upstream (once per load across replicas): live updates start here. */
  eventsLoaded?: (events: readonly GammaEvent[], loadedAt: number) => Promise<void>
}

export class MarketStore {
  constructor(
    readonly client: GammaClient,
    readonly cache: SwrCache,
    private readonly hooks: MarketStoreHooks = {},
  ) {}

  private listSource(filter: EventFilter): Source<GammaEvent[]> {
    return { key: gammaCacheKey('events', filter), load: () => this.client.listEvents(filter), ttl: ttlFor(filter.closed), codec: eventListCodec, events: (events) => events }
  }

  private pageSource(filter: EventFilter, cursor: string | null, limit: number): Source<EventsPage> {
    const load = () => this.client.eventsPage(filter, cursor, limit)
    return { key: gammaCacheKey('eventsPage', { filter, cursor, limit }), load, ttl: ttlFor(filter.closed), codec: eventsPageCodec, events: pageEvents }
  }

  private eventSource(slug: string): Source<GammaEvent> {
    return { key: gammaCacheKey('eventBySlug', { slug }), load: () => this.client.getEventBySlug(slug), ttl: MARKET_TTLS.openEvents, codec: eventCodec, events: (event) => [event] }
  }

  /**
   * Runs once a load is stored (so a reader told of a change finds it), wherever the load came from: live updates
   * start here, best effort, never failing the read.
   */
  private observe<T>(source: Source<T>) {
    return async (value: T, loadedAt: number): Promise<void> => {
      await this.hooks.eventsLoaded?.(source.events(value), loadedAt).catch((error: unknown) => log.warn({ err: error }, 'market changes not announced'))
    }
  }

  private async readFrom<T>(source: Source<T>, served: Served | undefined): Promise<T> {
    const read = await this.cache.read(source.key, source.load, source.ttl, source.codec, { onStored: this.observe(source), admission: served?.admission, prepay: () => this.client.prepay?.('events') })
    return noted(read, served, source.events)
  }

  /** Reloads now, whatever the freshness (the live refresher, for what clients watch); a change is announced once stored. */
  private refreshFrom<T>(source: Source<T>): Promise<T> {
    return this.cache.refresh(source.key, source.load, source.ttl, source.codec, this.observe(source))
  }

  /** Every event matching one upstream filter (all pages). */
  events(filter: EventFilter, served?: Served): Promise<GammaEvent[]> {
    return this.readFrom(this.listSource(filter), served)
  }

  /** One upstream page of events in the filter's order (see `GammaClient.eventsPage`), cached like a list. */
  eventsPage(filter: EventFilter, cursor: string | null, limit: number, served?: Served): Promise<EventsPage> {
    return this.readFrom(this.pageSource(filter, cursor, limit), served)
  }

  /** One event with all its markets; a missing slug is remembered briefly (negative caching). */
  eventBySlug(slug: string, served?: Served): Promise<GammaEvent> {
    return this.readFrom(this.eventSource(slug), served)
  }

  /** A watched event, reloaded now. */
  refreshEvent(slug: string): Promise<GammaEvent> {
    return this.refreshFrom(this.eventSource(slug))
  }

  /** A whole list, reloaded now (the World Cup's matches). */
  refreshEvents(filter: EventFilter): Promise<GammaEvent[]> {
    return this.refreshFrom(this.listSource(filter))
  }

  /** One upstream page, reloaded now (a watched feed's first page). */
  refreshEventsPage(filter: EventFilter, cursor: string | null, limit: number): Promise<EventsPage> {
    return this.refreshFrom(this.pageSource(filter, cursor, limit))
  }

  /** Forgets this replica's in-process copies of anything holding these events (another replica announced they changed). */
  forgetEvents(slugs: ReadonlySet<string>): number {
    const holds = (event: unknown) => slugs.has((event as GammaEvent).slug)
    return this.cache.forgetLocalWhere((value) =>
      Array.isArray(value) ? value.some(holds) : typeof value === 'object' && value !== null && 'events' in value ? (value as EventsPage).events.some(holds) : holds(value),
    )
  }

  /** Several upstream filters at once (e.g. open and settled): fetched concurrently, merged without duplicates. */
  async eventsForAll(filters: EventFilter[], served?: Served): Promise<GammaEvent[]> {
    const lists = await Promise.all(filters.map((filter) => this.events(filter, served)))
    const seen = new Set<string>()
    return lists.flat().filter((event) => (seen.has(event.id) ? false : (seen.add(event.id), true)))
  }

  async tags(): Promise<GammaTag[]> {
    return this.cache.get(gammaCacheKey('tags', {}), () => this.client.listTags(), MARKET_TTLS.tags, tagListCodec)
  }

  /** The upstream tag ids that exist (explore-tag filters are checked against them on save). */
  async tagIds(): Promise<Set<number>> {
    return new Set((await this.tags()).map((tag) => tag.id as number))
  }

  async search(q: string, options: SearchOptions = {}, served?: Served): Promise<GammaSearchResult> {
    const read = await this.cache.read(gammaCacheKey('search', { q, ...options }), () => this.client.search(q, options), MARKET_TTLS.search, searchResultCodec, {
      admission: served?.admission,
      prepay: () => this.client.prepay?.('search'),
    })
    return noted(read, served, pageEvents)
  }
}

const ttlFor = (closed: boolean): TtlOptions => (closed ? MARKET_TTLS.settledEvents : MARKET_TTLS.openEvents)
