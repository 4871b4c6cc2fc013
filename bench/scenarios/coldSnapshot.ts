// Scenario 4 (first half): DB queries and time of the content snapshot built by the app's first request, and what runs while idle; no baseline.
import { type AppContext, PATHS, get, ms, raw, recordMemory, row, sleep } from '../harness'

/** Not subject to BENCH_ONLY: it must be the app's first request, whichever scenarios follow. */
export async function run({ app, queries, redisCommands, relay }: AppContext): Promise<void> {
  console.log('\n4. cold content snapshot')
  const q = queries()
  const explore = await get(app.url, PATHS.explore)
  await sleep(200)
  const snapshotQueries = queries() - q
  // What runs without any request: Payload's job poller (every 5 s), counted apart from the app's queries.
  const idle = { queries: queries(), jobs: relay.jobQueries(), redis: redisCommands() }
  await sleep(10_000)
  const idleQueries = queries() - idle.queries
  const idleJobQueries = relay.jobQueries() - idle.jobs
  const idleRedis = redisCommands() - idle.redis
  raw.coldSnapshot = { exploreMs: explore.ms, snapshotQueries, idle: { seconds: 10, queries: idleQueries, jobPollerQueries: idleJobQueries, redisCommands: idleRedis } }
  row('4', 'content snapshot, cold (first /api/v1/explore): DB queries, time', `${snapshotQueries}, ${ms(explore.ms)} ms`, '', '', 'constant', 'info')
  row('4', 'idle 10 s: DB queries (app / Payload job poller, counted apart); Redis commands', `${idleQueries} / ${idleJobQueries}; ${idleRedis}`, '', '', '', 'info')
  await recordMemory(app, 'boot + snapshot')
}
