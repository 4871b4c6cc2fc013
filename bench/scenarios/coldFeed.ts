// Scenario 4 (second half): upstream calls and time of a big feed built cold, against the naive paged + N+1 path (bench/naive.ts); DB queries big vs small feed.
import { BIG_FEED_TAG } from '../../replay/grow'
import { type BenchContext, PATHS, fmt, get, ms, raw, recordMemory, row, times, verdict } from '../harness'
import { naiveFeed } from '../naive'

export const id = '4'

export async function run({ app, quiet, queries, replay, dataset }: BenchContext): Promise<void> {
  console.log('\n4. cold feed build')
  await get(app.url, '/api/v1/explore/no-such-tag/events') // the feed route's code loaded, no market data
  const coldFeed = async (urlPath: string) => {
    await quiet(app)
    replay.resetCounters()
    const q = queries()
    const response = await get(app.url, urlPath)
    if (response.status !== 200) throw new Error(`${urlPath}: ${response.status} ${response.body.toString().slice(0, 300)}`)
    await quiet(app)
    const counters = replay.counters()
    return { ms: response.ms, upstreamCalls: counters.total, calls: counters.calls, maxInFlight: counters.maxInFlight, queries: queries() - q }
  }
  const big = await coldFeed(PATHS.bigFeed)
  const small = await coldFeed(PATHS.smallFeed)
  replay.resetCounters()
  const naive = await naiveFeed(replay.url, { tagId: BIG_FEED_TAG.upstreamTagId, limit: 20 })
  const naiveCounted = replay.counters().total
  raw.coldFeed = { big, small, naive: { ...naive, countedByReplay: naiveCounted }, feedEvents: dataset.openEvents }
  const label = `${dataset.openEvents}-event feed`
  row('4', `cold ${label}, page of 20: upstream calls`, fmt(big.upstreamCalls), `naive ${fmt(naive.upstreamCalls)} (${naive.pageRequests} pages + ${naive.teamLookups} team lookups)`, `${times(naive.upstreamCalls / big.upstreamCalls)} fewer`, 'fewer than naive', verdict(big.upstreamCalls < naive.upstreamCalls))
  row('4', `cold ${label}: time`, `${ms(big.ms)} ms`, `naive ${ms(naive.ms)} ms`, `${times(naive.ms / big.ms)} faster`, 'faster than naive', verdict(big.ms < naive.ms))
  row('4', `cold feed DB queries: ${dataset.openEvents} events / 9 events`, `${big.queries} / ${small.queries}`, '', '', 'constant in rows', verdict(big.queries === small.queries))
  await recordMemory(app, 'cold feed')
}
