import { describe, expect, it } from 'vitest'

import { createMetrics, type MetricsSources } from './registry'

const emptySources = (): MetricsSources => ({
  responseCache: () => ({ hits: 0, misses: 0, notModified: 0, fastPathHits: 0 }),
  cache: () => ({ hits: 0, misses: 0, staleServes: 0, negativeHits: 0, refreshes: 0, loads: 0, lockContention: 0, loaderErrors: 0, redisErrors: 0 }),
  upstream: () => ({ calls: {}, retries: 0, rateLimited: 0, timeouts: 0 }),
  upstreamBudget: async () => ({}),
  content: () => ({ builds: 0, version: 0, configVersion: 0, buildSeconds: 0, lastBuildSeconds: 0 }),
  live: () => ({ openStreams: 0, refusedPerClient: 0, refusedPerReplica: 0, published: 0, delivered: 0, watched: 0, refreshes: 0, refreshFailures: 0, claimsLost: 0 }),
  rateLimits: () => new Map(),
  ingestion: () => ({ recorded: 0, replayed: 0, rejected: {}, activities: 0 }),
})
import { observeRequest, routeOf } from './http'

describe('routeOf', () => {
  it('names API routes by template, so slugs never become labels', () => {
    expect(routeOf('/api/v1/explore')).toBe('/api/v1/explore')
    expect(routeOf('/api/v1/explore/crypto/events')).toBe('/api/v1/explore/{tag}/events')
    expect(routeOf('/api/v1/events/some-slug')).toBe('/api/v1/events/{slug}')
    expect(routeOf('/api/v1/world-cup/groups/a')).toBe('/api/v1/world-cup/groups/{letter}')
    expect(routeOf('/api/v1/nothing/here')).toBe('/api/v1/other')
    expect(routeOf('/api/explore-tags/12')).toBe('/api/{payload}')
    expect(routeOf('/embed/v1/widget.js')).toBe('/embed/v1/widget.js')
    expect(routeOf('/embed/v1/live')).toBe('/embed/v1/live')
    expect(routeOf('/embed/v1/data/world-cup-group')).toBe('/embed/v1/data/{view}')
    expect(routeOf('/embed/v1/tag-feed')).toBe('/embed/v1/{view}')
    expect(routeOf('/embed/v2/x/y')).toBe('/embed/other')
    expect(routeOf('/api/metrics')).toBe('/api/metrics')
    expect(routeOf('/admin/collections/teams')).toBe('/admin')
    expect(routeOf('/anything-else')).toBe('other')
  })
})

describe('request metrics', () => {
  it('count a request in its route histogram and report memory and event-loop delay', async () => {
    const metrics = createMetrics(emptySources())
    observeRequest(metrics.requestDurations, 'GET', '/api/v1/events/a', 200, 3)
    observeRequest(metrics.requestDurations, 'GET', '/api/v1/events/b', 200, 40)
    observeRequest(metrics.requestDurations, 'BREW', '/api/v1/events/b', 404, 1)
    const text = await metrics.registry.metrics()
    expect(text).toContain('# TYPE playbook_http_request_duration_seconds histogram')
    expect(text).toContain('playbook_http_request_duration_seconds_count{route="/api/v1/events/{slug}",method="GET",status="2xx"} 2')
    expect(text).toContain('playbook_http_request_duration_seconds_bucket{route="/api/v1/events/{slug}",method="GET",status="2xx",le="0.0025"} 0')
    expect(text).toContain('playbook_http_request_duration_seconds_bucket{route="/api/v1/events/{slug}",method="GET",status="2xx",le="0.005"} 1')
    expect(text).toContain('playbook_http_request_duration_seconds_bucket{route="/api/v1/events/{slug}",method="GET",status="2xx",le="+Inf"} 2')
    expect(text).toContain('playbook_http_request_duration_seconds_sum{route="/api/v1/events/{slug}",method="GET",status="2xx"} 0.043')
    expect(text).toContain('method="OTHER",status="4xx"')
    const { process: figures } = metrics.snapshot()
    expect(figures.rssBytes).toBeGreaterThan(0)
    expect(figures.heapUsedBytes).toBeGreaterThan(0)
    expect(figures.eventLoopDelay.p99Ms).toBeGreaterThanOrEqual(0)
    metrics.close()
  })
})
