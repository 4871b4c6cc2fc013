/**
 * The composition root: every long-lived service of a replica, created once with its dependencies passed in, and
 * closed in reverse order. No other module creates its neighbours. Route handlers and pages reach it with
 * `services()`; the custom server (server.ts) reads the same root for its fast path and shutdown.
 */
import config from '@payload-config'
import type { Redis } from 'ioredis'
import { getPayload, type Payload } from 'payload'

import { SwrCache } from './cache/swr'
import { type Env, env } from './config/env'
import { derivedKey } from './config/secret'
import { listenForContentChanges } from './content/listen'
import { ContentSnapshots } from './content/snapshots'
import { endPool } from './db/endPool'
import { FrontLink, parentChannel } from './edge/frontLink'
import { createPartnerDirectory, type PartnerDirectory } from './embed/partners'
import type { ContentSnapshot } from './content/types'
import { audienceVary } from './http/audienceHeaders'
import { type AudienceRuleSet, ResponseCache } from './http/responseCache'
import { RateLimiter } from './http/rateLimit'
import { announceConfigChange } from './live/announce'
import { LiveBus } from './live/bus'
import { MarketChangeDetector } from './live/marketChanges'
import { LiveRefresher } from './live/refresher'
import { eventTopicSlug } from './live/topics'
import { WatchRegistry } from './live/watch'
import { liveRefresh } from './loaders/liveRefresh'
import { StreamLimits } from './live/streamLimits'
import { missLimit } from './api/v1/limits'
import { createProfileSearch } from './loaders/profiles'
import { createScreenLoader, type ScreenLoader } from './loaders/screens'
import { type Logger, logger } from './log/logger'
import { runInBackground } from './markets/gamma/budget'
import { createGammaClient, type GammaClient, unconfiguredGammaClient } from './markets/gamma/client'
import { MarketStore } from './markets/store'
import { createMetrics, type Metrics } from './metrics/registry'
import { tracePostgresPool } from './telemetry/clients'
import { createRedis } from './redis/connect'
import { createRewards, type Rewards } from './rewards/service'
import { currentServices, installServices, uninstallServices } from './root'

export interface Services {
  readonly config: Env
  readonly log: Logger
  /** The shared Redis client; null when REDIS_URL is unset and the app runs in-process. */
  readonly redis: Redis | null
  /** The app's Payload instance (Local API, and the crons that run due jobs), created on first use. */
  readonly payload: () => Promise<Payload>
  readonly responses: ResponseCache
  /** The link to this replica's front process, when it has one (FRONT_PROCESS=on). */
  readonly front: FrontLink | undefined
  readonly gamma: GammaClient
  readonly markets: MarketStore
  readonly live: LiveBus
  /** Open live streams, bounded per client and per replica. */
  readonly streams: StreamLimits
  /** What live clients watch, across replicas; the refresher keeps it current. */
  readonly watches: WatchRegistry
  readonly refresher: LiveRefresher
  readonly content: ContentSnapshots
  readonly screens: ScreenLoader
  readonly limits: RateLimiter
  readonly rewards: Rewards
  /** Partners whose pages embed widgets, by public key. */
  readonly partners: PartnerDirectory
  readonly metrics: Metrics
  /** Closes everything in reverse order of creation (idempotent). */
  close(): Promise<void>
}

export interface ServiceOptions {
  config: Env
  /** Defaults to the app's instance (`getPayload` with this app's config and its crons). */
  payload?: () => Promise<Payload>
  /** LISTEN for committed content changes (default: when DATABASE_URL is set). */
  listen?: boolean
}

const once = <T>(create: () => Promise<T>): (() => Promise<T>) => {
  let created: Promise<T> | undefined
  return () => (created ??= create().catch((error: unknown) => {
    // A failed start (Postgres down at boot) is tried again by the next caller.
    created = undefined
    throw error
  }))
}

export function createServices(options: ServiceOptions): Services {
  const { config: settings } = options
  const prefix = settings.REDIS_KEY_PREFIX
  const closers: Array<() => Promise<void> | void> = []
  const log = logger

  const redis = settings.REDIS_URL ? createRedis(settings.REDIS_URL) : null
  if (redis) closers.push(() => (redis.status === 'end' ? undefined : redis.quit().then(() => undefined, () => redis.disconnect())))

  let started: Payload | undefined
  const payload =
    options.payload ??
    once(async () => {
      started = await getPayload({ config, cron: true })
      tracePostgresPool(started.db.pool)
      return started
    })
  // payload.destroy() leaves the pool open in 3.90; the pool is what holds the process open.
  closers.push(() => (started ? endPool(started.db?.pool).catch(() => undefined) : undefined))

  // Keys sign the audience with the rules of the published snapshot (`content` is created below; read per request).
  const ruleSet = (snapshot: ContentSnapshot): AudienceRuleSet => ({ version: snapshot.configVersion, rules: snapshot.audienceRules ?? [] })
  // A worker behind a front process tells it of every stored response (the front answers those hits itself).
  const channel = settings.PLAYBOOK_WORKER_SOCKET ? parentChannel() : undefined
  const front: FrontLink | undefined = channel && new FrontLink(channel, { rules: () => responses.audience.latest(), counters: () => responses.counters, durations: () => metrics.requestDurations })
  const responses: ResponseCache = new ResponseCache(Date.now, {
    ...(front ? { listener: front } : {}),
    audience: {
      latest: () => {
        const snapshot = content.lastPublished()
        return snapshot && ruleSet(snapshot)
      },
      current: async () => ruleSet(await content.publishedSnapshot()),
    },
    vary: audienceVary(settings.COUNTRY_HEADER),
  })
  // Gamma's rate windows are per client address: every replica draws on one budget, kept in Redis.
  const gamma = settings.GAMMA_URL
    ? createGammaClient({
        baseUrl: settings.GAMMA_URL,
        concurrency: settings.GAMMA_CONCURRENCY,
        budgetShare: settings.GAMMA_BUDGET_SHARE,
        ...(redis ? { sharedBudget: { redis, prefix: `${prefix}upstream:` } } : {}),
      })
    : unconfiguredGammaClient()
  // Closed after everything that calls it (closers run in reverse): the refresher and watchers stop first.
  closers.push(() => gamma.close())

  const live = new LiveBus(redis, `${prefix}live`)
  void live.start().catch((error: unknown) => log.error({ component: 'live', err: error }, 'live subscriber failed'))
  closers.push(() => live.stop())

  const streams = new StreamLimits({
    perClient: settings.LIVE_STREAMS_PER_CLIENT,
    perReplica: settings.LIVE_STREAMS_PER_REPLICA,
    maxLifetimeMs: settings.LIVE_STREAM_MAX_SECONDS * 1000,
  })

  const changes = new MarketChangeDetector(live, redis, `${prefix}live:`)
  // The refresh lock outlives a whole multi-page list load (per-call timeout × retries × pages), not one call.
  // Background refreshes spend their own upstream budget, which a flood of user misses cannot exhaust.
  const markets = new MarketStore(gamma, new SwrCache({ redis, prefix: `${prefix}market:`, lockTtlMs: 30_000, background: runInBackground }), {
    eventsLoaded: (events, loadedAt) => changes.loaded(events, loadedAt),
  })

  const content = new ContentSnapshots(payload)

  // Live refresh: what clients watch is reloaded at its cadence by one replica at a time, with no request needed.
  const watches = new WatchRegistry(redis, `${prefix}live:watched`, { leaseMs: settings.LIVE_WATCH_LEASE_MS })
  watches.start()
  closers.push(() => watches.stop())
  const refresher = new LiveRefresher({
    registry: watches,
    redis,
    prefix,
    liveMs: settings.LIVE_REFRESH_LIVE_MS,
    openMs: settings.LIVE_REFRESH_OPEN_MS,
    settledMs: settings.LIVE_REFRESH_SETTLED_MS,
    tickMs: Math.min(250, Math.floor(settings.LIVE_REFRESH_LIVE_MS / 4)),
    refresh: liveRefresh(markets, () => content.publishedSnapshot()),
  })
  refresher.start()
  closers.push(() => refresher.stop())
  // A change announced by any replica makes what was built from that event old here: responses and in-process
  // copies. The changes of one load arrive together, so they are dropped together, in one pass over each cache.
  let changedSlugs: Set<string> | null = null
  live.onEvery((message) => {
    const slug = eventTopicSlug(message.topic)
    if (message.type !== 'market.changed' || slug === null) return
    if (!changedSlugs) {
      changedSlugs = new Set()
      setImmediate(() => {
        const slugs = changedSlugs!
        changedSlugs = null
        responses.dropEvents(slugs)
        markets.forgetEvents(slugs)
      })
    }
    changedSlugs.add(slug)
  })
  // Cached responses were built from the old configuration.
  content.onChange(() => responses.clear())
  content.onChange((change) => {
    // Best effort (Redis may be down): clients missing an announcement still see the change on their next read.
    announceConfigChange(live, redis, prefix, change).catch((error: unknown) => log.warn({ component: 'live', err: error }, 'config change not announced'))
  })
  if (settings.DATABASE_URL && options.listen !== false) {
    const listener = listenForContentChanges(settings.DATABASE_URL, (change) => content.changed(change))
    closers.push(() => listener.stop())
  }

  const db = async () => (await payload()).db.pool
  const screens = createScreenLoader({ markets, profiles: createProfileSearch(db), cursorKey: () => derivedKey('feed-cursor v1') })
  const limits = new RateLimiter(redis, prefix, Date.now, missLimit(settings.CLIENT_MISS_LIMIT))
  const rewards = createRewards({ db, redis, prefix, snapshot: () => content.publishedSnapshot() })
  const partners = createPartnerDirectory(payload)

  const metrics = createMetrics({
    responseCache: () => ({ ...responses.counters }),
    cache: () => ({ ...markets.cache.counters }),
    upstream: () => gamma.counters(),
    upstreamBudget: () => gamma.budget(),
    content: () => ({ builds: content.builds, version: content.version, configVersion: content.configVersion, buildSeconds: content.buildSeconds, lastBuildSeconds: content.lastBuildSeconds }),
    live: () => ({ openStreams: streams.open, refusedPerClient: streams.refused.perClient, refusedPerReplica: streams.refused.perReplica, published: live.published, delivered: live.delivered, watched: watches.local.length, refreshes: refresher.counters.refreshes, refreshFailures: refresher.counters.failures, claimsLost: refresher.counters.claimsLost }),
    rateLimits: () => limits.refusals,
    ingestion: () => structuredClone(rewards.counters),
  })
  closers.push(() => metrics.close())

  let closing: Promise<void> | undefined
  const services: Services = {
    config: settings,
    log,
    redis,
    payload,
    responses,
    front,
    gamma,
    markets,
    live,
    streams,
    watches,
    refresher,
    content,
    screens,
    limits,
    rewards,
    partners,
    metrics,
    close: () =>
      (closing ??= (async () => {
        uninstallServices(services)
        for (const close of closers.reverse()) {
          await Promise.resolve()
            .then(close)
            .catch((error: unknown) => log.error({ err: error }, 'closing a service failed'))
        }
      })()),
  }
  return services
}

/** The process's root: created on first use from the parsed environment, then shared by every copy of this module. */
export function services(): Services {
  return currentServices() ?? installServices(createServices({ config: env() }))
}

/**
 * Wraps a Payload entry point (REST, GraphQL, the admin's server functions) so the root exists before Payload runs:
 * collection validators read market data through it, and cannot import it themselves.
 */
export const withServices =
  <A extends unknown[], R>(handler: (...args: A) => R) =>
  (...args: A): R => {
    services()
    return handler(...args)
  }
