// Scenario 7: RSS and heap over BENCH_SOAK_SECONDS of mixed load (slopes, plateau by thirds), and the memory recorded after each scenario; no baseline.
import { performance } from 'node:perf_hooks'

import { type BenchContext, PATHS, SOAK_SECONDS, appMetrics, cannon, fmt, mb, memory, procRssBytes, raw, recordMemory, row, sleep, verdict } from '../harness'

export const id = '7'

interface Point {
  seconds: number
  value: number
}

export async function run({ app, quiet, warmPages }: BenchContext): Promise<void> {
  console.log(`\n7. memory: ${SOAK_SECONDS} s of mixed load`)
  const slugs = warmPages.feed.events.slice(0, 5).map((event) => `/api/v1/events/${event.slug}`)
  const mix = [PATHS.feed, ...slugs, PATHS.explore, PATHS.bigFeed, PATHS.smallFeed, '/api/v1/world-cup', PATHS.openapi, PATHS.payloadDepth0, '/api/v1/events/no-such-event']
  const samples: Array<{ seconds: number; rssMb: number; heapUsedMb: number | null; heapTotalMb: number | null; externalMb: number | null }> = []
  let heapLimitMb: number | undefined
  await quiet(app)
  const soakStarted = performance.now()
  const load = cannon({ url: app.url, connections: 10, durationSeconds: SOAK_SECONDS, paths: mix })
  let running = true
  void load.finally(() => (running = false)).catch(() => undefined)
  while (running) {
    const figures = (await appMetrics(app).catch(() => undefined))?.process
    if (figures?.heapLimitBytes !== undefined) heapLimitMb = mb(figures.heapLimitBytes)
    samples.push({ seconds: (performance.now() - soakStarted) / 1000, rssMb: mb(figures?.rssBytes ?? procRssBytes(app.process.pid)), heapUsedMb: figures ? mb(figures.heapUsedBytes) : null, heapTotalMb: figures?.heapTotalBytes === undefined ? null : mb(figures.heapTotalBytes), externalMb: figures?.externalBytes === undefined ? null : mb(figures.externalBytes) })
    await sleep(2_000)
  }
  const result = await load
  const rss = samples.map((s) => ({ seconds: s.seconds, value: s.rssMb }))
  const heap = samples.filter((s) => s.heapUsedMb !== null).map((s) => ({ seconds: s.seconds, value: s.heapUsedMb! }))
  const half = (points: Point[]) => points.slice(Math.floor(points.length / 2))
  const slopes = { rss: slope(rss), rssSecondHalf: slope(half(rss)), heap: slope(heap), heapSecondHalf: slope(half(heap)) }
  raw.soak = { seconds: SOAK_SECONDS, connections: 10, mix, result, samples, slopesMbPerMinute: slopes, heapLimitMb }
  const first = samples[0]
  const last = samples[samples.length - 1]
  row('7', `mixed load ${SOAK_SECONDS} s @10 (${fmt(result.requestsPerSecond)} req/s; worker heap limit ${heapLimitMb ?? '?'} MB): RSS / heap first → last`, `${first?.rssMb} → ${last?.rssMb} / ${first?.heapUsedMb ?? '?'} → ${last?.heapUsedMb ?? '?'} MB`, '', '', '', 'info')
  // RSS split: the JavaScript heap V8 holds (used or not), buffers outside it, and the rest (the allocator's own
  // memory, code, stacks): where a rise that the heap does not show sits.
  const split = (s: (typeof samples)[number] | undefined) =>
    s && s.heapTotalMb !== null && s.externalMb !== null ? `${s.heapTotalMb} / ${s.externalMb} / ${Math.round(s.rssMb - s.heapTotalMb - s.externalMb)}` : '?'
  row('7', 'RSS split, first → last: V8 heap held / external (buffers) / rest (allocator, code, stacks) MB', `${split(first)} → ${split(last)}`, '', '', '', 'info')
  row('7', 'slope MB/min, whole run / second half: RSS; heap', `${fmt(slopes.rss, 1)} / ${fmt(slopes.rssSecondHalf, 1)}; ${fmt(slopes.heap, 1)} / ${fmt(slopes.heapSecondHalf, 1)}`, '', '', '', 'info')
  rowPlateau(rss)
  await quiet(app)
  await recordMemory(app, 'mixed load')
  for (const entry of memory) row('7', `after ${entry.after}: RSS / heap MB; event-loop p99 ms`, `${entry.rssMb} / ${entry.heapUsedMb ?? '?'}; ${entry.eventLoopP99Ms ?? '?'}`, '', '', '', 'info')
}

/** Least-squares slope, per minute. */
function slope(points: Point[]): number {
  const n = points.length
  if (n < 2) return 0
  const mx = points.reduce((s, p) => s + p.seconds, 0) / n
  const my = points.reduce((s, p) => s + p.value, 0) / n
  const sxy = points.reduce((s, p) => s + (p.seconds - mx) * (p.value - my), 0)
  const sxx = points.reduce((s, p) => s + (p.seconds - mx) ** 2, 0)
  return sxx === 0 ? 0 : (sxy / sxx) * 60 // per minute
}

/**
 * GC makes RSS a sawtooth (±100 MB here), so a slope over a few minutes says little. A plateau: the last
 * third of the run is no higher than the middle third, by its mean and by its peak (5 % slack).
 */
function rowPlateau(rss: Point[]): void {
  const thirds = [0, 1, 2].map((i) => rss.slice(Math.floor((i * rss.length) / 3), Math.floor(((i + 1) * rss.length) / 3)).map((p) => p.value))
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)
  const peak = (values: number[]) => Math.max(...values)
  const [, middle = [], final = []] = thirds
  const plateau = middle.length > 0 && final.length > 0 && mean(final) <= mean(middle) * 1.05 && peak(final) <= peak(middle) * 1.05
  raw.soak = { ...(raw.soak as object), thirds: thirds.map((values) => ({ meanMb: mean(values), peakMb: values.length ? peak(values) : 0 })), plateau }
  row(
    '7',
    'RSS by thirds of the run, mean (peak) MB',
    thirds.map((values) => `${fmt(mean(values))} (${fmt(values.length ? peak(values) : 0)})`).join(' → '),
    '',
    '',
    'last ≤ middle +5 % over 10 min',
    SOAK_SECONDS >= 600 ? verdict(plateau) : 'partial',
  )
}
