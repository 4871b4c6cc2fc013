/**
 * Request durations per route and the process's own health figures (memory, event-loop lag). The request log
 * observes one duration per response; routes are a bounded set of templates, so no URL can grow the label set.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { getHeapStatistics } from 'node:v8'


const API_V1_ROUTES: Array<[RegExp, string]> = [
  [/^\/api\/v1\/explore\/[^/]+\/events$/, '/api/v1/explore/{tag}/events'],
  [/^\/api\/v1\/events\/[^/]+$/, '/api/v1/events/{slug}'],
  [/^\/api\/v1\/world-cup\/groups\/[^/]+$/, '/api/v1/world-cup/groups/{letter}'],
  [/^\/api\/v1\/rewards\/wallets\/[^/]+$/, '/api/v1/rewards/wallets/{address}'],
  [/^\/api\/v1\/(explore|search|world-cup|leaderboard|live|openapi\.json|rewards\/activities)$/, ''],
]

/** The route template of a request path: `/api/v1/events/{slug}`, `/api/{payload}`, `/admin`, … or `other`. */
export function routeOf(path: string): string {
  if (path.startsWith('/api/v1/')) {
    for (const [pattern, template] of API_V1_ROUTES) if (pattern.test(path)) return template || path
    return '/api/v1/other'
  }
  if (path === '/api/metrics' || path === '/api/health' || path === '/api/graphql') return path
  if (path.startsWith('/api/')) return '/api/{payload}'
  if (path.startsWith('/_next/')) return '/_next'
  if (path === '/admin' || path.startsWith('/admin/')) return '/admin'
  if (path === '/preview' || path.startsWith('/preview/')) return '/preview'
  if (path.startsWith('/embed/')) return embedRouteOf(path)
  return 'other'
}

const EMBED_ROUTES = new Set(['/embed/v1/widget.js', '/embed/v1/live', '/embed/v1/partner', '/embed/v1/demo'])

/** The partner embeds' templates: a handful, whatever the view a request names. */
function embedRouteOf(path: string): string {
  if (EMBED_ROUTES.has(path)) return path
  if (/^\/embed\/v1\/data\/[^/]+$/.test(path)) return '/embed/v1/data/{view}'
  if (/^\/embed\/v1\/[^/]+$/.test(path)) return '/embed/v1/{view}'
  return '/embed/other'
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

interface Series {
  labels: { route: string; method: string; status: string }
  /** Observations per bucket (not cumulative), the last one for +Inf. */
  counts: Float64Array
  sum: number
  count: number
}

/**
 * A Prometheus histogram kept in plain arrays: an observation is a map lookup and an increment (prom-client's own
 * Histogram validates and hashes its labels on every call, a few microseconds on a path that costs ~100). It
 * exposes itself to the registry in the shape prom-client's metrics produce.
 */
export class RequestDurations {
  readonly name = 'playbook_http_request_duration_seconds'
  readonly help = 'Request durations, from the first byte read to the last byte written, by route template and status class.'
  readonly type = 'histogram'
  readonly aggregator = 'sum'
  private readonly series = new Map<string, Series>()

  observe(route: string, method: string, status: string, seconds: number): void {
    const key = `${route} ${method} ${status}`
    let series = this.series.get(key)
    if (!series) {
      series = { labels: { route, method, status }, counts: new Float64Array(BUCKETS.length + 1), sum: 0, count: 0 }
      this.series.set(key, series)
    }
    let bucket = 0
    while (bucket < BUCKETS.length && seconds > BUCKETS[bucket]!) bucket++
    series.counts[bucket]!++
    series.sum += seconds
    series.count++
  }

  async get() {
    const values: Array<{ labels: Record<string, string | number>; value: number; metricName: string }> = []
    for (const { labels, counts, sum, count } of this.series.values()) {
      let cumulative = 0
      BUCKETS.forEach((le, i) => {
        cumulative += counts[i]!
        values.push({ labels: { ...labels, le }, value: cumulative, metricName: `${this.name}_bucket` })
      })
      values.push({ labels: { ...labels, le: '+Inf' }, value: count, metricName: `${this.name}_bucket` })
      values.push({ labels, value: sum, metricName: `${this.name}_sum` })
      values.push({ labels, value: count, metricName: `${this.name}_count` })
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator }
  }

  reset(): void {
    this.series.clear()
  }

  /** The observations since the last drain, and forgets them: what a front process hands to the one exposing metrics. */
  drain(): DurationSeries[] {
    const drained = [...this.series.values()].map(({ labels, counts, sum, count }) => ({ labels, counts: [...counts], sum, count }))
    this.series.clear()
    return drained
  }

  /** Adds observations drained from another process's histogram. */
  merge(drained: readonly DurationSeries[]): void {
    for (const { labels, counts, sum, count } of drained) {
      const key = `${labels.route} ${labels.method} ${labels.status}`
      let series = this.series.get(key)
      if (!series) {
        series = { labels: { ...labels }, counts: new Float64Array(BUCKETS.length + 1), sum: 0, count: 0 }
        this.series.set(key, series)
      }
      for (let i = 0; i < series.counts.length; i++) series.counts[i]! += counts[i] ?? 0
      series.sum += sum
      series.count += count
    }
  }
}

/** One series of the durations histogram as plain data (bucket counts not cumulative, the last for +Inf). */
export interface DurationSeries {
  labels: { route: string; method: string; status: string }
  counts: number[]
  sum: number
  count: number
}

/** The request-durations labels of one finished request. */
export function observeRequest(durations: RequestDurations, method: string | undefined, path: string, status: number, ms: number): void {
  const verb = method && METHODS.has(method) ? method : 'OTHER'
  durations.observe(routeOf(path), verb, `${Math.floor(status / 100)}xx`, ms / 1000)
}

const round = (value: number) => Math.round(value * 100) / 100

export interface LagFigures {
  meanMs: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

/**
 * Event-loop delay over a fixed window: a timer closes a window every `windowMs` and starts the next, so what a
 * reader sees is the last complete window, and no reader can reset it.
 */
export function lagWindows(windowMs = 10_000): { last: () => LagFigures; close: () => void } {
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  const figures = (): LagFigures =>
    histogram.count > 0
      ? { meanMs: round(histogram.mean / 1e6), p50Ms: round(histogram.percentile(50) / 1e6), p99Ms: round(histogram.percentile(99) / 1e6), maxMs: round(histogram.max / 1e6) }
      : { meanMs: 0, p50Ms: 0, p99Ms: 0, maxMs: 0 }
  let closed: LagFigures | null = null
  const timer = setInterval(() => {
    closed = figures()
    histogram.reset()
  }, windowMs)
  timer.unref()
  return {
    // Before the first window closes, the one in progress.
    last: () => closed ?? figures(),
    close: () => {
      clearInterval(timer)
      histogram.disable()
    },
  }
}

/** Memory now, and event-loop delay over the last complete window. Prometheus has its own from the default metrics. */
export function processSnapshot(lag: LagFigures) {
  const memory = process.memoryUsage()
  return {
    heapLimitBytes: getHeapStatistics().heap_size_limit,
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    heapTotalBytes: memory.heapTotal,
    externalBytes: memory.external,
    arrayBuffersBytes: memory.arrayBuffers,
    uptimeSeconds: Math.round(process.uptime()),
    eventLoopDelay: lag,
  }
}
