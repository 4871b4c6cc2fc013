/**
 * Prometheus metrics, read at scrape time from the counters the services already keep (cache, response cache,
 * upstream client, content snapshots), so no hot path pays for a metrics call; the one exception is the request
 * duration histogram (see http.ts), one increment per response.
 */
import { Gauge, type Metric, Registry, collectDefaultMetrics } from 'prom-client'

import { lagWindows, processSnapshot, RequestDurations } from './http'

type Counters = () => Record<string, number | Record<string, number>>

/** Where each layer's counters live: the composition root passes the services' own counters in. */
export interface MetricsSources {
  responseCache: () => Record<string, number>
  cache: Counters
  upstream: Counters
  content: Counters
  live: () => { openStreams: number; refusedPerClient: number; refusedPerReplica: number }
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
    process: processSnapshot(lag.last()),
  }
}

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry()
  const requestDurations = new RequestDurations()
  const lag = lagWindows()
  collectDefaultMetrics({ register: registry, prefix: 'playbook_' })
  // Not a prom-client class, but it answers get() and reset() as one does.
  registry.registerMetric(requestDurations as unknown as Metric)
  const gauge = (name: string, help: string, labelNames: string[], collect: (g: Gauge) => void) =>
    new Gauge({ name, help, labelNames, registers: [registry], collect() { this.reset(); collect(this) } })

  gauge('playbook_response_cache_total', 'Response cache events (hits, misses, not modified, fast-path hits).', ['event'], (g) => {
    for (const [event, value] of Object.entries(sources.responseCache())) g.set({ event }, value)
  })
  for (const name of ['cache', 'upstream', 'content'] as const) {
    gauge(`playbook_${name}_total`, `Counters of the ${name} layer.`, ['counter', 'key'], (g) => {
      for (const [counter, value] of Object.entries(sources[name]())) {
        if (typeof value === 'number') g.set({ counter, key: '' }, value)
        else for (const [key, n] of Object.entries(value)) g.set({ counter, key }, n)
      }
    })
  }
  gauge('playbook_sse_open_streams', 'Live (SSE) streams open on this replica.', [], (g) => g.set(sources.live().openStreams))
  gauge('playbook_sse_refused_streams', 'Live streams refused since start, by limit (per client 429, per replica 503).', ['limit'], (g) => {
    const { refusedPerClient, refusedPerReplica } = sources.live()
    g.set({ limit: 'client' }, refusedPerClient)
    g.set({ limit: 'replica' }, refusedPerReplica)
  })
  return { registry, requestDurations, snapshot: () => snapshotOf(sources, lag), close: () => lag.close() }
}
