// Scenario 1: req/s and latency of the warm feed and event page (response-cache hits), against a bare node:http server sending the same bytes.
import type { CapturedResponse } from '../bare'
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
} from '../harness'

export const id = '1'

/**
 * Whatever BENCH_ONLY says: the stampede and the soak use the feed's events, and the warm-up requests were part of
 * every run before the scenarios that follow, so they stay part of it.
 */
export async function captureWarmPages({ app, dir }: AppContext): Promise<WarmPages> {
  console.log('\n1. warm feed and event page')
  const feed = await getJson<{ events: Array<{ slug: string }> }>(app.url, PATHS.feed)
  const eventSlug = feed.events[0]!.slug
  const eventPath = `/api/v1/events/${eventSlug}`
  const pages = { feed: PATHS.feed, event: eventPath }
  const capturedResponses: Record<string, CapturedResponse> = {}
  for (const urlPath of Object.values(pages)) capturedResponses[urlPath] = captured(await warm(app.url, urlPath))
  const openapi = await get(app.url, PATHS.openapi)
  capturedResponses[PATHS.openapi] = captured(openapi)
  const bare = await startBare(capturedResponses, dir)
  onCleanup('bare server', () => bare.stop())
  return { feed, eventSlug, eventPath, pages, capturedResponses, openapi, bare }
}

/** What the app did over every measured run, read from its metrics and the relays. */
interface Totals {
  appRequests: number
  fastPathHits: number
  warmQueries: number
  warmRedis: number
  warmUpstream: number
  nextHandled: number
}

export async function run(ctx: BenchContext): Promise<void> {
  const { app, quiet, warmPages } = ctx
  const { pages, capturedResponses, openapi, bare, eventSlug } = warmPages
  const warmRuns: Record<string, unknown> = {}
  const totals: Totals = { appRequests: 0, fastPathHits: 0, warmQueries: 0, warmRedis: 0, warmUpstream: 0, nextHandled: 0 }
  for (const [name, urlPath] of Object.entries(pages)) {
    const bytes = Buffer.from(capturedResponses[urlPath]!.bodyBase64, 'base64').length
    for (const connections of [1, 100]) warmRuns[`${name}@${connections}`] = await measurePage(ctx, name, urlPath, bytes, connections, totals)
  }
  const { appRequests, fastPathHits, warmQueries, warmRedis, warmUpstream, nextHandled } = totals
  // autocannon does not count the responses in flight when it stops; the server counts every one.
  row('1', 'warm runs: answered by the fast path / passed to Next (response-cache misses)', `${fmt(fastPathHits)} / ${fmt(nextHandled)}`, '', '', '', 'info')
  row('1', 'warm runs: DB queries, Redis commands, upstream calls (all runs)', `${warmQueries}, ${warmRedis}, ${warmUpstream}`, `${fmt(appRequests)} requests`, '', 'DB queries = 0', verdict(warmQueries === 0))
  // A Next route handler returning precomputed bytes (not response-cached): what a hit would cost without the fast path.
  const nextRun = await measureLoad(`${app.url}${PATHS.openapi}`, 100)
  await quiet(app)
  const nextBare = await measureLoad(`${bare.url}${PATHS.openapi}`, 100)
  warmRuns['next-route-handler@100'] = { app: nextRun, bare: nextBare }
  row('1', `Next route handler, precomputed bytes (openapi.json, ${fmt(openapi.body.length / 1024, 1)} KB) @100: req/s`, fmt(nextRun.requestsPerSecond), `bare ${fmt(nextBare.requestsPerSecond)}`, times(nextRun.requestsPerSecond / nextBare.requestsPerSecond), '', 'info')
  raw.warm = { eventSlug, runs: warmRuns, fastPathHits, nextHandled, appRequests, warmQueries, warmRedis, warmUpstream }
}

/** One page at one concurrency, app then bare; adds the app's counters to `totals`, returns the raw runs. */
async function measurePage(ctx: BenchContext, name: string, urlPath: string, bytes: number, connections: number, totals: Totals): Promise<unknown> {
  const { app, quiet, queries, redisCommands, upstreamCalls, warmPages } = ctx
  // Bare and app alternate, each after a short unrecorded run, so drifting background load hits both.
  await warm(app.url, urlPath)
  await cannon({ url: `${app.url}${urlPath}`, connections, durationSeconds: 1 })
  await quiet(app)
  await warm(app.url, urlPath)
  const before = { metrics: await appMetrics(app), queries: queries(), redis: redisCommands(), upstream: upstreamCalls() }
  const ours = await cannon({ url: `${app.url}${urlPath}`, connections, durationSeconds: SECONDS })
  const after = { metrics: await appMetrics(app), queries: queries(), redis: redisCommands(), upstream: upstreamCalls() }
  const ceiling = await measureLoad(`${warmPages.bare.url}${urlPath}`, connections)
  totals.appRequests += ours.requests
  totals.fastPathHits += after.metrics.responseCache.fastPathHits - before.metrics.responseCache.fastPathHits
  totals.warmQueries += after.queries - before.queries
  totals.warmRedis += after.redis - before.redis
  totals.nextHandled += after.metrics.responseCache.misses - before.metrics.responseCache.misses
  totals.warmUpstream += after.upstream - before.upstream
  const runs = { app: ours, bare: ceiling, eventLoopDelay: after.metrics.process?.eventLoopDelay }
  const title = `warm ${name === 'feed' ? 'feed' : 'event page'} (${fmt(bytes / 1024, 1)} KB) @${connections}`
  const throughput = ours.requestsPerSecond / ceiling.requestsPerSecond
  row('1', `${title}: req/s`, fmt(ours.requestsPerSecond), `bare ${fmt(ceiling.requestsPerSecond)}`, times(throughput), '≥ 0.50×', verdict(throughput >= 0.5))
  const p99 = ours.p99Ms / ceiling.p99Ms
  row(
    '1',
    `${title}: p50 / p99 ms`,
    `${ms(ours.p50Ms)} / ${ms(ours.p99Ms)}`,
    `bare ${ms(ceiling.p50Ms)} / ${ms(ceiling.p99Ms)}`,
    `${times(ours.p50Ms / ceiling.p50Ms)} / ${times(p99)}`,
    connections === 100 ? 'p99 ≤ 1.5×' : '',
    connections === 100 ? verdict(p99 <= 1.5) : 'info',
  )
  await quiet(app)
  return runs
}
