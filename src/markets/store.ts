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
import type { GammaClient } from './gamma/client'
import { eventCodec, eventListCodec, searchResultCodec, tagListCodec } from './gamma/codecs'
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
}

const noted = <T>(read: Read<T>, served: Served | undefined): T => {
  if (read.stale && served) served.stale = true
  return read.value
}

export interface MarketStoreHooks {
  /** Called with what a loader fetched from the upstream (once per load across replicas): live updates start here. */
  eventsLoaded?: (events: GammaEvent[]) => Promise<void>
}

export class MarketStore {
  constructor(
    readonly client: GammaClient,
    readonly cache: SwrCache,
    private readonly hooks: MarketStoreHooks = {},
  ) {}

  private async observed(events: GammaEvent[]): Promise<void> {
    // Live updates are best effort: a failure to announce must never fail the read.
    await this.hooks.eventsLoaded?.(events).catch((error: unknown) => log.warn({ err: error }, 'market changes not announced'))
  }

  /** Every event matching one upstream filter (all pages). */
  async events(filter: EventFilter, served?: Served): Promise<GammaEvent[]> {
    const read = await this.cache.read(
      gammaCacheKey('events', filter),
      async () => {
        const events = await this.client.listEvents(filter)
        await this.observed(events)
        return events
      },
      ttlFor(filter.closed),
      eventListCodec,
    )
    return noted(read, served)
  }

  /** Several upstream filters at once (e.g. open and settled): fetched concurrently, merged without duplicates. */
  async eventsForAll(filters: EventFilter[], served?: Served): Promise<GammaEvent[]> {
    const lists = await Promise.all(filters.map((filter) => this.events(filter, served)))
    const seen = new Set<string>()
    return lists.flat().filter((event) => (seen.has(event.id) ? false : (seen.add(event.id), true)))
  }

  /** One event with all its markets; a missing slug is remembered briefly (negative caching). */
  async eventBySlug(slug: string, served?: Served): Promise<GammaEvent> {
    const read = await this.cache.read(
      gammaCacheKey('eventBySlug', { slug }),
      async () => {
        const event = await this.client.getEventBySlug(slug)
        await this.observed([event])
        return event
      },
      MARKET_TTLS.openEvents,
      eventCodec,
    )
    return noted(read, served)
  }

  async tags(): Promise<GammaTag[]> {
    return this.cache.get(gammaCacheKey('tags', {}), () => this.client.listTags(), MARKET_TTLS.tags, tagListCodec)
  }

  /** The upstream tag ids that exist (explore-tag filters are checked against them on save). */
  async tagIds(): Promise<Set<number>> {
    return new Set((await this.tags()).map((tag) => tag.id as number))
  }

  async search(q: string, options: SearchOptions = {}, served?: Served): Promise<GammaSearchResult> {
    return noted(await this.cache.read(gammaCacheKey('search', { q, ...options }), () => this.client.search(q, options), MARKET_TTLS.search, searchResultCodec), served)
  }
}

const ttlFor = (closed: boolean): TtlOptions => (closed ? MARKET_TTLS.settledEvents : MARKET_TTLS.openEvents)
