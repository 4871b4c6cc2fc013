/**
 * The market store: what the screens ask of market data, each read through the shared SWR cache with a TTL per kind
 * of data (prices move in seconds, settled results and teams hardly at all). Keys carry every filter, `closed`
 * included, so an open-events list can never be served for a settled one.
 */
import type { TtlOptions } from '../cache/swr'
import { SwrCache } from '../cache/swr'
import { env } from '../config/env'
import { singleton } from '../config/singleton'
import { liveBus } from '../live'
import { MarketChangeDetector } from '../live/marketChanges'
import { logger } from '../log/logger'
import { registerMetricsSource } from '../metrics/registry'
import { redis } from '../redis/client'
import { gammaCacheKey } from './gamma/cacheKey'
import { gammaClientFromEnv, type GammaClient } from './gamma/client'
import { eventCodec, eventListCodec, searchResultCodec, tagListCodec, teamCodec } from './gamma/codecs'
import type { EventFilter, SearchOptions } from './gamma/filters'
import type { GammaEvent, GammaSearchResult, GammaTag, GammaTeam } from './gamma/types'

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
  teams: { softTtlMs: hour, hardTtlMs: 24 * hour, negativeTtlMs: 10 * minute },
  search: { softTtlMs: 30 * second, hardTtlMs: 5 * minute },
} satisfies Record<string, TtlOptions>

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
  events(filter: EventFilter): Promise<GammaEvent[]> {
    return this.cache.get(
      gammaCacheKey('events', filter),
      async () => {
        const events = await this.client.listEvents(filter)
        await this.observed(events)
        return events
      },
      ttlFor(filter.closed),
      eventListCodec,
    )
  }

  /** Several upstream filters at once (e.g. open and settled): fetched concurrently, merged without duplicates. */
  async eventsForAll(filters: EventFilter[]): Promise<GammaEvent[]> {
    const lists = await Promise.all(filters.map((filter) => this.events(filter)))
    const seen = new Set<string>()
    return lists.flat().filter((event) => (seen.has(event.id) ? false : (seen.add(event.id), true)))
  }

  /** One event with all its markets; a missing slug is remembered briefly (negative caching). */
  eventBySlug(slug: string): Promise<GammaEvent> {
    return this.cache.get(
      gammaCacheKey('eventBySlug', { slug }),
      async () => {
        const event = await this.client.getEventBySlug(slug)
        await this.observed([event])
        return event
      },
      MARKET_TTLS.openEvents,
      eventCodec,
    )
  }

  /**
   * Upstream teams by id in one batch: one MGET for the lot; ids not cached are filled from one walk of the team
   * list (the upstream has no lookup by id list), so a page of 50 teams never costs 50 requests.
   */
  async teamsByIds(ids: number[]): Promise<Map<number, GammaTeam>> {
    const keys = [...new Set(ids)].map((id) => `team:${id}`)
    const found = await this.cache.getMany(
      keys,
      async (missing) => {
        const wanted = new Set(missing)
        const all = await this.client.listTeams()
        return new Map(all.filter((team) => wanted.has(`team:${team.id}`)).map((team) => [`team:${team.id}`, team]))
      },
      MARKET_TTLS.teams,
      teamCodec,
    )
    const teams = new Map<number, GammaTeam>()
    for (const team of found.values()) if (team) teams.set(team.id, team)
    return teams
  }

  async tags(): Promise<GammaTag[]> {
    return this.cache.get(gammaCacheKey('tags', {}), () => this.client.listTags(), MARKET_TTLS.tags, tagListCodec)
  }

  /** The upstream tag ids that exist (explore-tag filters are checked against them on save). */
  async tagIds(): Promise<Set<number>> {
    return new Set((await this.tags()).map((tag) => tag.id as number))
  }

  search(q: string, options: SearchOptions = {}): Promise<GammaSearchResult> {
    return this.cache.get(gammaCacheKey('search', { q, ...options }), () => this.client.search(q, options), MARKET_TTLS.search, searchResultCodec)
  }
}

const ttlFor = (closed: boolean): TtlOptions => (closed ? MARKET_TTLS.settledEvents : MARKET_TTLS.openEvents)

/** The replica's store: the Gamma client for GAMMA_URL and the cache shared over Redis (L1 only without Redis).
 * The refresh lock outlives a whole multi-page list load (per-call timeout × retries × pages), not one call. */
export function marketStore(): MarketStore {
  return singleton('market-store', () => {
    const prefix = env().REDIS_KEY_PREFIX
    const changes = new MarketChangeDetector(liveBus(), redis(), `${prefix}live:`)
    const store = new MarketStore(gammaClientFromEnv(), new SwrCache({ redis: redis(), prefix: `${prefix}market:`, lockTtlMs: 30_000 }), {
      eventsLoaded: (events) => changes.loaded(events),
    })
    registerMetricsSource('cache', () => ({ ...store.cache.counters }))
    registerMetricsSource('upstream', () => ({ ...store.client.counters() }))
    return store
  })
}
