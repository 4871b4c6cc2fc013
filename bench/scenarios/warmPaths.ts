// Scenario 1: req/s and latency of warm hits (response-cache hits) at three sizes (event page ~2.7 KB, mid feed
// ~11 KB, feed ~26 KB) and four concurrencies, each against a bare node:http server sending the same bytes; the
// curve drawn to bench/warm-curve.svg.
import os from 'node:os'

import type { CapturedResponse } from '../bare'
import type { CannonSummary } from '../cannon'
import {
  type AppContext,
  type BenchContext,
  PATHS,
  SECONDS,
  type WarmPages,
  appMetrics,
  cannon,
  captured,
  fmt,
  freshHit,
  get,
  getJson,
  measureLoad,
  ms,
  onCleanup,
  raw,
  row,
  startBare,
  times,
  verdict,
  warm,
  writeWarmCurve,
} from '../harness'

export const id = '1'

type PageName = keyof WarmPages['pages']

const LABELS: Record<PageName, string> = { event: 'event page', midFeed: 'mid feed', feed: 'feed' }
const CONCURRENCIES = [1, 10, 100, 200]

/**
 * Whatever BENCH_ONLY says: the stampede and the soak use the feed's events, and the warm-up requests were part of
 * every run before the scenarios that follow, so they stay part of it.
 */
export async function captureWarmPages({ app, dir }: AppContext): Promise<WarmPages> {
  console.log('\n1. warm hits: event page, mid feed, feed')
  const feed = await getJson<{ events: Array<{ slug: string }> }>(app.url, PATHS.feed)
  const eventSlug = feed.events[0]!.slug
  const eventPath = `/api/v1/events/${eventSlug}`
  const pages = { event: eventPath, midFeed: PATHS.midFeed, feed: PATHS.feed }
  const capturedResponses: Record<string, CapturedResponse> = {}
  for (const urlPath of Object.values(pages)) capturedResponses[urlPath] = captured(await warm(app.url, urlPath))
  const sizes = Object.entries(pages).map(([name, urlPath]) => `${LABELS[name as PageName]} ${fmt(bodyBytes(capturedResponses[urlPath]!) / 1024, 1)} KB (${urlPath})`)
  console.log(`  sizes: ${sizes.join(', ')}`)
  const openapi = await get(app.url, PATHS.openapi)
  capturedResponses[PATHS.openapi] = captured(openapi)
  const bare = await startBare(capturedResponses, dir)
  onCleanup('bare server', () => bare.stop())
  return { feed, eventSlug, eventPath, pages, capturedResponses, openapi, bare }
}

const bodyBytes = (response: CapturedResponse) => Buffer.from(response.bodyBase64, 'base64').length

/** What the app did over every measured run, read from its metrics and the relays. */
interface Totals {
  appRequests: number
  fastPathHits: number
  warmQueries: number
  warmRedis: number
  warmUpstream: number
  nextHandled: number
}

/** One page at one concurrency: the app's run and bare's. */
export interface WarmCell {
  page: PageName
  label: string
  bytes: number
  connections: number
  app: CannonSummary
  bare: CannonSummary
  /** The app's event-loop delay after its run. */
  eventLoopDelay: unknown
}

export async function run(ctx: BenchContext): Promise<void> {
  const { app, quiet, warmPages } = ctx
  const { pages, capturedResponses, openapi, bare, eventSlug } = warmPages
  const cells: WarmCell[] = []
  const totals: Totals = { appRequests: 0, fastPathHits: 0, warmQueries: 0, warmRedis: 0, warmUpstream: 0, nextHandled: 0 }
  // An entry is rebuilt every max-age: a measured run longer than that includes a rebuild (counted as passed to Next).
  const maxAge = Math.min(...Object.values(pages).map((urlPath) => Number(/max-age=(\d+)/.exec(capturedResponses[urlPath]!.headers['cache-control'] ?? '')?.[1] ?? Infinity)))
  if (SECONDS + 3 > maxAge) console.log(`  BENCH_SECONDS=${SECONDS} is close to the pages' max-age (${maxAge} s): the app's runs may include rebuilds`)
  for (const [name, urlPath] of Object.entries(pages) as Array<[PageName, string]>) {
    const bytes = bodyBytes(capturedResponses[urlPath]!)
    for (const connections of CONCURRENCIES) {
      cells.push(await measurePage(ctx, name, urlPath, bytes, connections, connections === CONCURRENCIES[0], totals))
    }
  }
  await drawCurve(cells)
  const { appRequests, fastPathHits, warmQueries, warmRedis, warmUpstream, nextHandled } = totals
  // autocannon does not count the responses in flight when it stops; the server counts every one.
  row('1', 'warm runs: answered by the fast path / passed to Next (response-cache misses)', `${fmt(fastPathHits)} / ${fmt(nextHandled)}`, '', '', '', 'info')
  row(
    '1',
    'warm runs: DB queries, Redis commands, upstream calls (all runs)',
    `${warmQueries}, ${warmRedis}, ${warmUpstream}`,
    `${fmt(appRequests)} requests`,
    '',
    'DB queries = 0',
    verdict(warmQueries === 0),
    `${warmQueries} queries`,
  )
  // A Next route handler returning precomputed bytes (not response-cached): what a hit would cost without the fast path.
  const nextRun = await measureLoad(`${app.url}${PATHS.openapi}`, 100)
  await quiet(app)
  const nextBare = await measureLoad(`${bare.url}${PATHS.openapi}`, 100)
  row(
    '1',
    `Next route handler, precomputed bytes (openapi.json, ${fmt(openapi.body.length / 1024, 1)} KB) @100: req/s`,
    fmt(nextRun.requestsPerSecond),
    `bare ${fmt(nextBare.requestsPerSecond)}`,
    times(nextRun.requestsPerSecond / nextBare.requestsPerSecond),
    '',
    'info',
  )
  raw.warm = {
    eventSlug,
    pages: Object.fromEntries(Object.entries(pages).map(([name, urlPath]) => [name, { path: urlPath, bytes: bodyBytes(capturedResponses[urlPath]!) }])),
    concurrencies: CONCURRENCIES,
    runs: Object.fromEntries(cells.map(({ page, connections, app, bare, eventLoopDelay }) => [`${page}@${connections}`, { app, bare, eventLoopDelay }])),
    nextRouteHandler: { app: nextRun, bare: nextBare },
    fastPathHits,
    nextHandled,
    appRequests,
    warmQueries,
    warmRedis,
    warmUpstream,
  }
}

/**
 * One page at one concurrency, app then bare, so drifting background load hits both; a short unrecorded run on
 * each side first only at a page's first concurrency (connections and code warm by then). The app's run starts on
 * a freshly rebuilt entry, so it measures hits only. Adds the app's counters to `totals`.
 */
async function measurePage(ctx: BenchContext, page: PageName, urlPath: string, bytes: number, connections: number, warmUp: boolean, totals: Totals): Promise<WarmCell> {
  const { app, quiet, queries, redisCommands, upstreamCalls, warmPages } = ctx
  const appUrl = `${app.url}${urlPath}`
  const bareUrl = `${warmPages.bare.url}${urlPath}`
  if (warmUp) {
    await warm(app.url, urlPath)
    await cannon({ url: appUrl, connections, durationSeconds: 1 })
    await cannon({ url: bareUrl, connections, durationSeconds: 1 })
    await quiet(app)
  }
  await freshHit(app.url, urlPath)
  const before = { metrics: await appMetrics(app), queries: queries(), redis: redisCommands(), upstream: await upstreamCalls() }
  const ours = await cannon({ url: appUrl, connections, durationSeconds: SECONDS })
  const after = { metrics: await appMetrics(app), queries: queries(), redis: redisCommands(), upstream: await upstreamCalls() }
  // Leftover work of the app's run (GC, queued responses) must not share the cores with bare's.
  await quiet(app)
  const ceiling = await cannon({ url: bareUrl, connections, durationSeconds: SECONDS })
  totals.appRequests += ours.requests
  totals.fastPathHits += after.metrics.responseCache.fastPathHits - before.metrics.responseCache.fastPathHits
  totals.warmQueries += after.queries - before.queries
  totals.warmRedis += after.redis - before.redis
  totals.nextHandled += after.metrics.responseCache.misses - before.metrics.responseCache.misses
  totals.warmUpstream += after.upstream - before.upstream
  const label = LABELS[page]
  const title = `warm ${label} (${fmt(bytes / 1024, 1)} KB) @${connections}`
  const throughput = ours.requestsPerSecond / ceiling.requestsPerSecond
  const p50 = ours.p50Ms / ceiling.p50Ms
  const p99 = ours.p99Ms / ceiling.p99Ms
  // Judged at 100 connections (throughput, tail) and at 1 (the cost of one hit); the other concurrencies draw the curve.
  const rpsTarget = connections === 100 ? { target: '≥ 0.8×', result: verdict(throughput >= 0.8) } : { target: '', result: 'info' as const }
  const latencyTarget =
    connections === 100
      ? { target: 'p99 ≤ 1.3×', result: verdict(p99 <= 1.3), figure: `p99 ${times(p99)}` }
      : connections === 1
        ? { target: 'p50 ≤ 1.2×', result: verdict(p50 <= 1.2), figure: `p50 ${times(p50)}` }
        : { target: '', result: 'info' as const, figure: undefined }
  row('1', `${title}: req/s`, fmt(ours.requestsPerSecond), `bare ${fmt(ceiling.requestsPerSecond)}`, times(throughput), rpsTarget.target, rpsTarget.result)
  row(
    '1',
    `${title}: p50 / p99 ms`,
    `${ms(ours.p50Ms)} / ${ms(ours.p99Ms)}`,
    `bare ${ms(ceiling.p50Ms)} / ${ms(ceiling.p99Ms)}`,
    `${times(p50)} / ${times(p99)}`,
    latencyTarget.target,
    latencyTarget.result,
    latencyTarget.figure,
  )
  await quiet(app)
  return { page, label, bytes, connections, app: ours, bare: ceiling, eventLoopDelay: after.metrics.process?.eventLoopDelay }
}

async function drawCurve(cells: WarmCell[]): Promise<void> {
  const series = (Object.keys(LABELS) as PageName[]).map((page) => {
    const ofPage = cells.filter((cell) => cell.page === page)
    return {
      label: `${LABELS[page]} ${fmt(ofPage[0]!.bytes / 1024, 1)} KB`,
      points: ofPage.map(({ connections, app, bare }) => ({ connections, app, bare })),
    }
  })
  const now = new Date().toISOString()
  const title = `Warm hits, app vs bare node:http: ${now.slice(0, 10)} ${now.slice(11, 16)} UTC · Node ${process.version}`
  const subtitle = `${os.cpus().length} cores, load generator on the same machine · ${SECONDS} s per measurement · load average ${os.loadavg()[0]!.toFixed(2)} after the runs`
  await writeWarmCurve(series, title, subtitle)
}
