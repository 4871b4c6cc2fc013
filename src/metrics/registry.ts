/**
 * Prometheus metrics, read at scrape time from the counters the services already keep (caches, upstream client,
 * content snapshots, live streams, limits, ingestion), so no hot path pays for a metrics call; the one exception is
 * the request duration histogram (see http.ts), one increment per response. Names follow Prometheus's conventions
 * and pass `promtool check metrics`: counters end in `_total`, one metric per meaning with labels for its
 * dimensions, base units; the process and Node.js metrics keep their standard names (`process_*`, `nodejs_*`).
 */
import { Counter, Gauge, type Metric, Registry, collectDefaultMetrics } from 'prom-client'

import { lagWindows, processSnapshot, RequestDurations } from './http'

/** Where each layer's counters live: the composition root passes the services' own counters in. */
export interface MetricsSources {
  responseCache: () => { hits: number; misses: number; notModified: number; fastPathHits: number }
  cache: () => { hits: number; misses: number; staleServes: number; negativeHits: number; refreshes: number; loads: number; lockContention: number; loaderErrors: number; redisErrors: number }
  upstream: () => { calls: Record<string, number>; retries: number; rateLimited: number; timeouts: number }
  upstreamBudget: () => Promise<Record<string, { used: number; limit: number }>>
  content: () => { builds: number; version: number; configVersion: number; buildSeconds: number; lastBuildSeconds: number }
  live: () => { openStreams: number; refusedPerClient: number; refusedPerReplica: number; published: number; delivered: number; watched: number; refreshes: number; refreshFailures: number; claimsLost: number }
  /** Refusals by `limit route`. */
  rateLimits: () => ReadonlyMap<string, number>
  ingestion: () => { recorded: number; replayed: number; rejected: Record<string, number>; activities: number }
}

export interface Metrics {
  readonly registry: Registry
  readonly requestDurations: RequestDurations
  /** The same counters as plain JSON, for tests and quick looks. */
  snapshot(): ReturnType<typeof snapshotOf>
  close(): void
}

function snapshotOf(sources: MetricsSources, lag: ReturnType<typeof lagWindows>) {
  return {
    responseCache: sources.responseCache(),
    cache: sources.cache(),
    upstream: sources.upstream(),
    content: sources.content(),
    live: sources.live(),
    ingestion: sources.ingestion(),
    process: processSnapshot(lag.last()),
  }
}

type Values = Array<[Record<string, string>, number]>

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry()
  const requestDurations = new RequestDurations()
  const lag = lagWindows()
  collectDefaultMetrics({ register: registry })
  // prom-client also reports these sums as gauges named `*_total`, which Prometheus reserves for counters (promtool
  // refuses them); `nodejs_active_handles` etc., by type, carry the same figures.
  for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) registry.removeSingleMetric(name)
  // Not a prom-client class, but it answers get() and reset() as one does.
  registry.registerMetric(requestDurations as unknown as Metric)

  /** A counter whose values are read from a service's own running totals at scrape time. */
  const counter = (name: string, help: string, labelNames: string[], read: () => Values | Promise<Values>) =>
    new Counter({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset()
        for (const [labels, value] of await read()) this.inc(labels, value)
      },
    })
  const gauge = (name: string, help: string, labelNames: string[], read: () => Values | Promise<Values>) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset()
        for (const [labels, value] of await read()) this.set(labels, value)
      },
    })

  counter('playbook_response_cache_lookups_total', 'Response-cache lookups by outcome: hit (fast path or route), not_modified (304), miss.', ['outcome'], () => {
    const { hits, misses, notModified, fastPathHits } = sources.responseCache()
    return [
      [{ outcome: 'hit' }, hits + fastPathHits],
      [{ outcome: 'not_modified' }, notModified],
      [{ outcome: 'miss' }, misses],
    ]
  })
  counter('playbook_response_cache_fast_path_hits_total', 'Response-cache hits answered by the custom server before Next.', [], () => [[{}, sources.responseCache().fastPathHits]])

  counter('playbook_market_cache_lookups_total', 'Market-data cache lookups by outcome: fresh, stale (served while refreshing), negative (a remembered not-found), miss.', ['outcome'], () => {
    const c = sources.cache()
    return [
      [{ outcome: 'fresh' }, c.hits],
      [{ outcome: 'stale' }, c.staleServes],
      [{ outcome: 'negative' }, c.negativeHits],
      [{ outcome: 'miss' }, c.misses],
    ]
  })
  counter('playbook_market_cache_loads_total', 'Market-data loads from the upstream (misses and refreshes).', [], () => [[{}, sources.cache().loads]])
  counter('playbook_market_cache_refreshes_total', 'Background refreshes of stale market data.', [], () => [[{}, sources.cache().refreshes]])
  counter('playbook_market_cache_lock_contention_total', 'Loads that found another replica holding the refresh lock.', [], () => [[{}, sources.cache().lockContention]])
  counter('playbook_market_cache_errors_total', 'Market-data cache errors by source: the loader (upstream) or Redis.', ['source'], () => [
    [{ source: 'loader' }, sources.cache().loaderErrors],
    [{ source: 'redis' }, sources.cache().redisErrors],
  ])

  counter('playbook_upstream_requests_total', 'Requests sent to the market-data upstream, by endpoint (every attempt).', ['endpoint'], () =>
    Object.entries(sources.upstream().calls).map(([endpoint, value]) => [{ endpoint }, value]),
  )
  counter('playbook_upstream_retries_total', 'Upstream requests retried.', [], () => [[{}, sources.upstream().retries]])
  counter('playbook_upstream_rate_limited_total', 'Upstream 429 answers received.', [], () => [[{}, sources.upstream().rateLimited]])
  counter('playbook_upstream_timeouts_total', 'Upstream requests that timed out.', [], () => [[{}, sources.upstream().timeouts]])
  const budget = async (field: 'used' | 'limit'): Promise<Values> => Object.entries(await sources.upstreamBudget()).map(([bucket, usage]) => [{ bucket }, usage[field]])
  gauge('playbook_upstream_budget_used_requests', 'Upstream calls in the current rate window, by budget bucket (shared by all replicas when Redis is up).', ['bucket'], () => budget('used'))
  gauge('playbook_upstream_budget_limit_requests', 'Upstream calls allowed per rate window, by budget bucket.', ['bucket'], () => budget('limit'))

  counter('playbook_config_snapshot_builds_total', 'Content snapshot builds (after a publish, or a first read).', [], () => [[{}, sources.content().builds]])
  counter('playbook_config_snapshot_build_seconds_total', 'Time spent building content snapshots.', [], () => [[{}, sources.content().buildSeconds]])
  gauge('playbook_config_snapshot_last_build_seconds', 'How long the last content snapshot build took.', [], () => [[{}, sources.content().lastBuildSeconds]])
  gauge('playbook_config_version', 'The config version this replica serves (its newest published snapshot): replicas that differ for long missed a publish.', [], () => [[{}, sources.content().configVersion]])
  gauge('playbook_config_snapshot_version', 'This replica’s content version: bumped on every committed change it hears of.', [], () => [[{}, sources.content().version]])

  gauge('playbook_sse_streams', 'Live (SSE) streams open on this replica.', [], () => [[{}, sources.live().openStreams]])
  counter('playbook_sse_streams_refused_total', 'Live streams refused, by limit (client: 429, replica: 503).', ['limit'], () => [
    [{ limit: 'client' }, sources.live().refusedPerClient],
    [{ limit: 'replica' }, sources.live().refusedPerReplica],
  ])
  counter('playbook_live_messages_published_total', 'Live messages published by this replica.', [], () => [[{}, sources.live().published]])
  counter('playbook_live_messages_delivered_total', 'Live messages this replica received for its clients.', [], () => [[{}, sources.live().delivered]])
  gauge('playbook_live_watched_items', 'Events and feeds this replica’s live clients watch (each refreshed by one replica at its cadence).', [], () => [[{}, sources.live().watched]])
  counter('playbook_live_refreshes_total', 'Watched items this replica reloaded from the upstream, by outcome.', ['outcome'], () => [
    [{ outcome: 'ok' }, sources.live().refreshes],
    [{ outcome: 'failed' }, sources.live().refreshFailures],
  ])
  counter('playbook_live_refresh_claims_lost_total', 'Refreshes another replica claimed first (not done twice).', [], () => [[{}, sources.live().claimsLost]])

  counter('playbook_rate_limit_refusals_total', 'Requests refused by a per-client limit, by limit and route.', ['limit', 'route'], () =>
    [...sources.rateLimits()].map(([key, value]) => {
      const [limit = '', route = ''] = key.split(' ')
      return [{ limit, route }, value]
    }),
  )

  counter('playbook_ingest_requests_total', 'Activity ingestion requests by result: recorded, replayed (idempotent retry), rejected.', ['result', 'code'], () => {
    const { recorded, replayed, rejected } = sources.ingestion()
    return [[{ result: 'recorded', code: '' }, recorded], [{ result: 'replayed', code: '' }, replayed], ...Object.entries(rejected).map(([code, value]): [Record<string, string>, number] => [{ result: 'rejected', code }, value])]
  })
  counter('playbook_ingest_activities_total', 'Activities recorded by ingestion.', [], () => [[{}, sources.ingestion().activities]])

  return { registry, requestDurations, snapshot: () => snapshotOf(sources, lag), close: () => lag.close() }
}
