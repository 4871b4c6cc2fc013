// One autocannon run in a process of its own (the load must not share an event loop with what it measures):
// `node --import tsx bench/cannon.ts '<json options>'` prints one JSON summary line. Latency percentiles come
// from every response's own time (µs resolution); autocannon's histogram rounds to whole milliseconds.
import autocannon from 'autocannon'

export interface CannonOptions {
  url: string
  connections: number
  durationSeconds: number
  /** Paths cycled through by every connection (mixed load); `url` alone when absent. */
  paths?: string[]
  headers?: Record<string, string>
}

export interface CannonSummary {
  url: string
  connections: number
  durationSeconds: number
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p90Ms: number
  p99Ms: number
  maxMs: number
  statuses: Record<string, number>
  errors: number
  timeouts: number
  bytesPerResponse: number
}

const options = JSON.parse(process.argv[2] ?? '{}') as CannonOptions

const latencies: number[] = []
const statuses: Record<string, number> = {}
let bytes = 0

const instance = autocannon(
  {
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    pipelining: 1,
    timeout: 30,
    headers: options.headers ?? {},
    ...(options.paths ? { requests: options.paths.map((path) => ({ method: 'GET' as const, path })) } : {}),
  },
  (error, result) => {
    if (error) {
      process.stderr.write(`${error.message}\n`)
      process.exit(1)
    }
    latencies.sort((a, b) => a - b)
    const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0)
    const total = latencies.length
    const summary: CannonSummary = {
      url: options.url,
      connections: options.connections,
      durationSeconds: result.duration,
      requests: total,
      requestsPerSecond: Math.round(total / result.duration),
      p50Ms: at(0.5),
      p90Ms: at(0.9),
      p99Ms: at(0.99),
      maxMs: round(latencies[total - 1] ?? 0),
      statuses,
      errors: result.errors,
      timeouts: result.timeouts,
      bytesPerResponse: total ? Math.round(bytes / total) : 0,
    }
    process.stdout.write(`${JSON.stringify(summary)}\n`)
  },
)

instance.on('response', (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
  latencies.push(responseTime)
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
  bytes += resBytes
})

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000
}
