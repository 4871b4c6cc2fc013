/**
 * Prometheus metrics, read at scrape time from the counters the modules already keep (cache, response cache,
 * upstream client, content snapshots), so no hot path pays for a metrics call; the one exception is the request
 * duration histogram (see http.ts), one increment per response.
 */
import { Gauge, type Metric, Registry, collectDefaultMetrics } from 'prom-client'

import { singleton } from '../config/singleton'
import { responseCache } from '../http/responseCache'
import { processSnapshot, requestDurations } from './http'

type Source = () => Record<string, number | Record<string, number>>

export interface MetricsSources {
  cache?: Source
  upstream?: Source
  content?: Source
}

const sources = (): MetricsSources => singleton('metrics.sources', () => ({}) as MetricsSources)

/** Modules register where their counters live once they exist (the market store, the content snapshots). */
export function registerMetricsSource(name: keyof MetricsSources, source: Source): void {
  sources()[name] = source
}

export function metricsRegistry(): Registry {
  return singleton('metrics.registry', () => {
    const registry = new Registry()
    collectDefaultMetrics({ register: registry, prefix: 'playbook_' })
    // Not a prom-client class, but it answers get() and reset() as one does.
    registry.registerMetric(requestDurations() as unknown as Metric)
    const gauge = (name: string, help: string, labelNames: string[], collect: (g: Gauge) => void) =>
      new Gauge({ name, help, labelNames, registers: [registry], collect() { this.reset(); collect(this) } })

    gauge('playbook_response_cache_total', 'Response cache events (hits, misses, not modified, fast-path hits).', ['event'], (g) => {
      for (const [event, value] of Object.entries(responseCache().counters)) g.set({ event }, value)
    })
    for (const name of ['cache', 'upstream', 'content'] as const) {
      gauge(`playbook_${name}_total`, `Counters of the ${name} layer.`, ['counter', 'key'], (g) => {
        const values = sources()[name]?.() ?? {}
        for (const [counter, value] of Object.entries(values)) {
          if (typeof value === 'number') g.set({ counter, key: '' }, value)
          else for (const [key, n] of Object.entries(value)) g.set({ counter, key }, n)
        }
      })
    }
    return registry
  })
}

/** The same counters as plain JSON, for tests and quick looks. */
export function metricsSnapshot() {
  const all = sources()
  return {
    responseCache: { ...responseCache().counters },
    cache: all.cache?.() ?? {},
    upstream: all.upstream?.() ?? {},
    content: all.content?.() ?? {},
    process: processSnapshot(),
  }
}
