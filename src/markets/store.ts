/**
 * The market store: what the screens ask of market data, each read through the shared SWR cache with a TTL per kind
 * of data (prices move in seconds, settled results and teams hardly at all). Keys carry every filter, `closed`
 * included, so an open-events list can never be served for a settled one.
 */
import type { TtlOptions } from '../cache/swr'
import { SwrCache } from '../cache/swr'
import type { Read } from '../cache/swr'
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
}

const noted = <T>(read: Read<T>, served: Served | undefined, events: (value: T) => readonly GammaEvent[]): T => {
  if (read.stale && served) served.stale = true
  if (served?.events) for (const event of events(read.value)) served.events.add(event.slug)
  return read.value
}
const list = (events: GammaEvent[]) => events
const pageEvents = (page: { events: GammaEvent[] }) => page.events
const one = (event: GammaEvent) => [event]

export interface MarketStoreHooks {
  /** Called with what a loader fetched from the upstream (once per load across replicas): live updates start here. */
  eventsLoaded?: (events: GammaEvent[], loadedAt: number) => Promise<void>
}

export class MarketStore {
  constructor(
    readonly client: GammaClient,
    readonly cache: SwrCache,
    private readonly hooks: MarketStoreHooks = {},
  ) {}

  /** After a load is stored (so a reader told of a change finds it): live updates are best effort, never failing the read. */
  private readonly observed = async (events: GammaEvent[], loadedAt: number): Promise<void> => {
    await this.hooks.eventsLoaded?.(events, loadedAt).catch((error: unknown) => log.warn({ err: error }, 'market changes not announced'))
  }

  private readonly observedPage = (page: EventsPage, loadedAt: number) => this.observed(page.events, loadedAt)
  private readonly observedEvent = (event: GammaEvent, loadedAt: number) => this.observed([event], loadedAt)

  /** Every event matching one upstream filter (all pages). */
  async events(filter: EventFilter, served?: Served): Promise<GammaEvent[]> {
    const read = await this.cache.read(gammaCacheKey('events', filter), () => this.client.listEvents(filter), ttlFor(filter.closed), eventListCodec, this.observed)
    return noted(read, served, list)
  }

  /** One upstream page of events in the filter's order (see `GammaClient.eventsPage`), cached like a list. */
  async eventsPage(filter: EventFilter, cursor: string | null, limit: number, served?: Served): Promise<EventsPage> {
    const read = await this.cache.read(gammaCacheKey('eventsPage', { filter, cursor, limit }), () => this.client.eventsPage(filter, cursor, limit), ttlFor(filter.closed), eventsPageCodec, this.observedPage)
    return noted(read, served, pageEvents)
  }

  /** Reloads an event now (the live refresher, for watched events); a change is announced once it is stored. */
  refreshEvent(slug: string): Promise<GammaEvent> {
    return this.cache.refresh(gammaCacheKey('eventBySlug', { slug }), () => this.client.getEventBySlug(slug), MARKET_TTLS.openEvents, eventCodec, this.observedEvent)
  }

  /** Reloads a whole list now (the live refresher, for the World Cup's matches). */
  refreshEvents(filter: EventFilter): Promise<GammaEvent[]> {
    return this.cache.refresh(gammaCacheKey('events', filter), () => this.client.listEvents(filter), ttlFor(filter.closed), eventListCodec, this.observed)
  }

  /** Reloads one upstream page now (the live refresher, for a watched feed's first page). */
  refreshEventsPage(filter: EventFilter, cursor: string | null, limit: number): Promise<EventsPage> {
    return this.cache.refresh(gammaCacheKey('eventsPage', { filter, cursor, limit }), () => this.client.eventsPage(filter, cursor, limit), ttlFor(filter.closed), eventsPageCodec, this.observedPage)
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

  /** One event with all its markets; a missing slug is remembered briefly (negative caching). */
  async eventBySlug(slug: string, served?: Served): Promise<GammaEvent> {
    const read = await this.cache.read(gammaCacheKey('eventBySlug', { slug }), () => this.client.getEventBySlug(slug), MARKET_TTLS.openEvents, eventCodec, this.observedEvent)
    return noted(read, served, one)
  }

  async tags(): Promise<GammaTag[]> {
    return this.cache.get(gammaCacheKey('tags', {}), () => this.client.listTags(), MARKET_TTLS.tags, tagListCodec)
  }

  /** The upstream tag ids that exist (explore-tag filters are checked against them on save). */
  async tagIds(): Promise<Set<number>> {
    return new Set((await this.tags()).map((tag) => tag.id as number))
  }

  async search(q: string, options: SearchOptions = {}, served?: Served): Promise<GammaSearchResult> {
    return noted(await this.cache.read(gammaCacheKey('search', { q, ...options }), () => this.client.search(q, options), MARKET_TTLS.search, searchResultCodec), served, pageEvents)
  }
}

const ttlFor = (closed: boolean): TtlOptions => (closed ? MARKET_TTLS.settledEvents : MARKET_TTLS.openEvents)
