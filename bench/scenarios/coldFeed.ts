// Scenario 4 (second half): upstream calls and time of a big feed built cold, against the naive paged + N+1 path (bench/naive.ts); DB queries big vs small feed;
// and the cold first page (and page 10) over a 5,000-event tag, on a replica of its own against an upstream holding it.
import path from 'node:path'

import { BIG_FEED_TAG, writeBenchDataset } from '../../replay/grow'
import { startApp } from '../../test/support/app'
import { APP_NODE_ARGS, type BenchContext, PATHS, UPSTREAM_LATENCY_MS, fmt, get, getJson, ms, onCleanup, raw, recordMemory, row, startReplayProcess, times, verdict } from '../harness'
import { naiveFeed } from '../naive'

export const id = '4'

export async function run(ctx: BenchContext): Promise<void> {
  const { app, quiet, queries, replay, dataset } = ctx
  console.log('\n4. cold feed build')
  await get(app.url, '/api/v1/explore/no-such-tag/events') // the feed route's code loaded, no market data
  const coldFeed = async (urlPath: string) => {
    await quiet(app)
    await replay.resetCounters()
    const q = queries()
    const response = await get(app.url, urlPath)
    if (response.status !== 200) throw new Error(`${urlPath}: ${response.status} ${response.body.toString().slice(0, 300)}`)
    await quiet(app)
    const counters = await replay.counters()
    return { ms: response.ms, upstreamCalls: counters.total, calls: counters.calls, maxInFlight: counters.maxInFlight, queries: queries() - q }
  }
  const big = await coldFeed(PATHS.bigFeed)
  const small = await coldFeed(PATHS.smallFeed)
  await replay.resetCounters()
  const naive = await naiveFeed(replay.url, { tagId: BIG_FEED_TAG.upstreamTagId, limit: 20 })
  const naiveCounted = (await replay.counters()).total
  raw.coldFeed = { big, small, naive: { ...naive, countedByReplay: naiveCounted }, feedEvents: dataset.openEvents }
  const label = `${dataset.openEvents}-event feed`
  row('4', `cold ${label}, page of 20: upstream calls`, fmt(big.upstreamCalls), `naive ${fmt(naive.upstreamCalls)} (${naive.pageRequests} pages + ${naive.teamLookups} team lookups)`, `${times(naive.upstreamCalls / big.upstreamCalls)} fewer`, 'fewer than naive', verdict(big.upstreamCalls < naive.upstreamCalls))
  row('4', `cold ${label}: time`, `${ms(big.ms)} ms`, `naive ${ms(naive.ms)} ms`, `${times(naive.ms / big.ms)} faster`, 'faster than naive', verdict(big.ms < naive.ms))
  row('4', `cold feed DB queries: ${dataset.openEvents} events / 9 events`, `${big.queries} / ${small.queries}`, '', '', 'constant in rows', verdict(big.queries === small.queries))
  await recordMemory(app, 'cold feed')
  await largeTag(ctx, big.upstreamCalls)
}

/** The same first page over 5,000 events: it must cost what it costs over 540; page 10 no more than page 1. */
async function largeTag({ dataset, dir, appEnv }: BenchContext, callsAt540: number): Promise<void> {
  const datasetPath = path.join(dir, 'dataset-5000.json')
  const { openEvents } = await writeBenchDataset(datasetPath, 5_000)
  const upstream = await startReplayProcess({ latencyMs: UPSTREAM_LATENCY_MS, datasetPath })
  onCleanup('5,000-event replay', () => upstream.stop())
  const replica = await startApp({ ...appEnv, GAMMA_URL: upstream.url, REDIS_KEY_PREFIX: `${appEnv.REDIS_KEY_PREFIX}large:` }, { nodeArgs: APP_NODE_ARGS })
  onCleanup('5,000-event replica', () => replica.stop())
  const costs: number[] = []
  let cursor: string | null = null
  for (let page = 1; page <= 10; page++) {
    await upstream.resetCounters()
    const body: { nextCursor: string | null } = await getJson(replica.url, `${PATHS.bigFeed}${cursor ? `&cursor=${cursor}` : ''}`)
    costs.push((await upstream.counters()).total)
    cursor = body.nextCursor
  }
  await replica.stop()
  raw.largeTagFeed = { openEvents, upstreamCallsPerPage: costs, callsAt540, eventsAt540: dataset.openEvents }
  row('4', `cold first page of 20: upstream calls, ${fmt(openEvents)} / ${fmt(dataset.openEvents)} events`, `${costs[0]} / ${callsAt540}`, `naive full read: ${Math.ceil(openEvents / 100)} pages of 100`, '', 'equal', verdict(costs[0] === callsAt540))
  row('4', `${fmt(openEvents)}-event feed, pages 2–10 walked: upstream calls per page (max)`, `${costs.slice(1).join(' ')} (${Math.max(...costs.slice(1))})`, '', '', '≤ 3 each', verdict(Math.max(...costs.slice(1)) <= 3))
}
