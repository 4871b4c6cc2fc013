// Scenario 3: upstream calls and waits when 200 requests for one event hit two replicas at once, cold and at expiry; the slowest against a fresh-cache burst.
import { type RunningApp, startApp } from '../../test/support/app'
import type { BurstSummary } from '../burst'
import {
  APP_NODE_ARGS,
  type BenchContext,
  PATHS,
  UPSTREAM_LATENCY_MS,
  appMetrics,
  burst,
  fmt,
  get,
  getJson,
  ms,
  onCleanup,
  raw,
  recordMemory,
  row,
  sleep,
  times,
  verdict,
} from '../harness'
import * as liveUpdates from './liveUpdates'

export const id = '3'

/** Also runs scenario 8 (live updates), which needs the second replica started here; BENCH_ONLY=3 selects both. */
export async function run(ctx: BenchContext): Promise<void> {
  const { app, appEnv, warmPages } = ctx
  console.log('\n3. stampede: 2 replicas, 200 concurrent requests')
  const second = await startApp(appEnv, { nodeArgs: APP_NODE_ARGS })
  onCleanup('second replica', () => second.stop())
  await get(second.url, PATHS.explore)
  await get(second.url, warmPages.eventPath)
  await measureStampede(ctx, second)
  await liveUpdates.run(ctx, second)
  await liveUpdates.runMarketChanges(ctx, second)
  await recordMemory(second, 'stampede (second replica)')
  await second.stop()
  await recordMemory(app, 'stampede')
}

async function measureStampede({ app, quiet, replay }: BenchContext, second: RunningApp): Promise<void> {
  const bigFeed = await getJson<{ events: Array<{ slug: string }> }>(app.url, PATHS.bigFeed)
  const slug = bigFeed.events[3]!.slug
  const hot = `/api/v1/events/${slug}`
  const cacheCounters = async () => {
    const both = await Promise.all([appMetrics(app), appMetrics(second)])
    const sum = (name: string) => both.reduce((total, metrics) => total + (metrics.cache[name] ?? 0), 0)
    return { misses: sum('misses'), staleServes: sum('staleServes'), refreshes: sum('refreshes'), lockContention: sum('lockContention') }
  }
  const stampede = async () => {
    await quiet(app, second)
    await replay.resetCounters()
    const before = await cacheCounters()
    const result = await burst({ targets: [app.url, second.url], paths: Array.from({ length: 200 }, () => hot), connections: 200 })
    await sleep(1_000) // a background refresh, if one started, finishes
    const after = await cacheCounters()
    const cache = Object.fromEntries(Object.entries(after).map(([name, value]) => [name, value - before[name as keyof typeof before]]))
    const upstream = await replay.counters()
    return { result, calls: upstream.calls[`/events/slug/${slug}`] ?? 0, total: upstream.total, cache }
  }
  const cold = await stampede()
  const fresh = await stampede()
  // Past the data's soft TTL (10 s for open events; the cached responses expire with it): stale but usable.
  await sleep(11_000)
  const stale = await stampede()
  raw.stampede = { slug, cold, fresh, stale }
  const statuses = (result: BurstSummary) => Object.entries(result.statuses).map(([status, n]) => `${n}×${status}`).join(' ')
  row('3', 'cold key, 200 requests over 2 replicas: upstream calls', fmt(cold.calls), '', '', '= 1', verdict(cold.calls === 1))
  row('3', 'cold: slowest response; statuses; distinct bodies', `${ms(cold.result.maxMs)} ms; ${statuses(cold.result)}; ${cold.result.distinctBodies}`, `fresh-cache burst ${ms(fresh.result.maxMs)} ms`, '', '', 'info')
  row('3', 'at expiry (stale), 200 requests over 2 replicas: upstream calls', fmt(stale.calls), '', '', '= 1', verdict(stale.calls === 1))
  row(
    '3',
    'at expiry: requests that waited for a load (cache misses); stale-marked',
    `${stale.cache.misses}; ${stale.result.stale} of ${stale.result.requests}`,
    '',
    '',
    '0 waited',
    verdict(stale.cache.misses === 0),
  )
  const xCache = (result: BurstSummary) => Object.entries(result.xCache).map(([state, n]) => `${n} ${state}`).join(', ')
  row('3', 'at expiry: slowest response (x-cache)', `${ms(stale.result.maxMs)} ms (${xCache(stale.result)})`, `fresh-cache burst ${ms(fresh.result.maxMs)} ms`, times(stale.result.maxMs / fresh.result.maxMs), `upstream is ${UPSTREAM_LATENCY_MS} ms`, 'info')
}
