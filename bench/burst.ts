// A closed burst from a process of its own: `connections` keep-alive connections start together, each sends its
// share of `paths` one after another, and every response's time, status and cache headers are kept.
// `node --import tsx bench/burst.ts '<json options>'` prints one JSON summary line.
//
// Each connection may come from its own loopback address (127.1.x.y, any 127/8 address is local on Linux), so
// per-client limits see 100 clients rather than one: what 100 phones searching at once look like.
import { createHash } from 'node:crypto'
import http from 'node:http'
import { performance } from 'node:perf_hooks'

import { type CpuSplit, watchCpu } from './harness/procCpu'

export interface BurstOptions {
  /** Base URLs; connection i talks to targets[i % targets.length]. */
  targets: string[]
  /** Request paths; connection i sends paths i, i + connections, i + 2 × connections, … */
  paths: string[]
  connections: number
  /** Give each connection its own source address, starting at this index (omit: 127.0.0.1 for all). */
  addressBase?: number
  /** Processes whose CPU over the burst is reported, by name (e.g. the app's); the machine's and this process's are too. */
  watch?: Record<string, number[]>
}

export interface BurstSummary {
  requests: number
  wallMs: number
  p50Ms: number
  p90Ms: number
  p99Ms: number
  maxMs: number
  statuses: Record<string, number>
  /** Responses carrying `Warning: 110` (built from stale data). */
  stale: number
  xCache: Record<string, number>
  distinctBodies: number
  /** p50 of each connection's first request (all sent at once, on new connections) and of its later ones. */
  p50FirstMs: number
  p50LaterMs: number
  /** Where the machine's CPU went over the burst, when `watch` was given ("self" is this load generator). */
  cpu?: CpuSplit
}

const options = JSON.parse(process.argv[2] ?? '{}') as BurstOptions

const addressOf = (index: number) => `127.1.${Math.floor(index / 250)}.${(index % 250) + 1}`

interface Sample {
  ms: number
  status: number
  stale: boolean
  xCache: string
  bodyHash: string
}

function get(agent: http.Agent, target: string, path: string): Promise<Sample> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(path, target), { agent }, (response) => {
      const hash = createHash('sha1')
      response.on('data', (chunk: Buffer) => hash.update(chunk))
      response.on('end', () =>
        resolve({
          ms: performance.now() - started,
          status: response.statusCode ?? 0,
          stale: response.headers.warning !== undefined,
          xCache: String(response.headers['x-cache'] ?? 'none'),
          bodyHash: hash.digest('hex'),
        }),
      )
      response.on('error', reject)
    })
    request.on('error', reject)
  })
}

async function connection(index: number): Promise<Sample[]> {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: 1,
    ...(options.addressBase !== undefined ? { localAddress: addressOf(options.addressBase + index) } : {}),
  })
  const target = options.targets[index % options.targets.length]!
  const samples: Sample[] = []
  for (let i = index; i < options.paths.length; i += options.connections) {
    samples.push(await get(agent, target, options.paths[i]!).catch(() => ({ ms: 0, status: 0, stale: false, xCache: 'error', bodyHash: '' })))
  }
  agent.destroy()
  return samples
}

const cpu = options.watch ? watchCpu(options.watch) : undefined
const started = performance.now()
const perConnection = await Promise.all(Array.from({ length: options.connections }, (_, index) => connection(index)))
const samples = perConnection.flat()
const wallMs = performance.now() - started
const split = cpu?.stop()
const timesOf = (some: Sample[]) => some.filter((sample) => sample.status !== 0).map((sample) => sample.ms).sort((a, b) => a - b)
const quantile = (sorted: number[], q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0)
const times = timesOf(samples)
const at = (q: number) => quantile(times, q)
const count = (key: (sample: Sample) => string) =>
  samples.reduce<Record<string, number>>((counts, sample) => ((counts[key(sample)] = (counts[key(sample)] ?? 0) + 1), counts), {})

const summary: BurstSummary = {
  requests: samples.length,
  wallMs: round(wallMs),
  p50Ms: at(0.5),
  p90Ms: at(0.9),
  p99Ms: at(0.99),
  maxMs: round(times[times.length - 1] ?? 0),
  statuses: count((sample) => String(sample.status)),
  stale: samples.filter((sample) => sample.stale).length,
  xCache: count((sample) => sample.xCache),
  distinctBodies: new Set(samples.filter((sample) => sample.status === 200).map((sample) => sample.bodyHash)).size,
  p50FirstMs: quantile(timesOf(perConnection.flatMap((each) => each.slice(0, 1))), 0.5),
  p50LaterMs: quantile(timesOf(perConnection.flatMap((each) => each.slice(1))), 0.5),
  ...(split ? { cpu: split } : {}),
}
process.stdout.write(`${JSON.stringify(summary)}\n`)

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000
}
