// Scenario 1i: the same hits answered without a front process (FRONT_PROCESS=off: the process hosting Next answers
// them itself), against the app as it runs by default (a front process answering hits) and the bare server,
// interleaved in one run, at each size, at 1 and 100 connections: what the front process is for.
import { startApp } from '../../test/support/app'
import { APP_NODE_ARGS, type BenchContext, cannon, fmt, freshHit, ms, onCleanup, raw, row, times } from '../harness'

export const id = '1i'

const LABELS: Record<string, string> = { event: 'event page', midFeed: 'mid feed', feed: 'feed' }

export async function run(ctx: BenchContext): Promise<void> {
  const { app, appEnv, quiet, warmPages } = ctx
  console.log('\n1i. warm hits in one process (FRONT_PROCESS=off) against the front process and bare')
  const inline = await startApp({ ...appEnv, FRONT_PROCESS: 'off' }, { nodeArgs: APP_NODE_ARGS })
  onCleanup('one-process app', () => inline.stop())
  const runs: Record<string, unknown> = {}
  for (const [page, urlPath] of Object.entries(warmPages.pages)) {
    for (const connections of [1, 100]) {
      const measure = async (base: string) => {
        // The apps' runs start on a freshly built entry (hits only, see freshHit); bare has nothing to rebuild.
        if (base !== warmPages.bare.url) await freshHit(base, urlPath)
        await cannon({ url: `${base}${urlPath}`, connections, durationSeconds: 1 })
        await quiet(app, inline)
        const summary = await cannon({ url: `${base}${urlPath}`, connections, durationSeconds: Number(process.env.BENCH_SECONDS ?? 5) })
        await quiet(app, inline)
        return summary
      }
      const one = await measure(inline.url)
      const front = await measure(app.url)
      const bare = await measure(warmPages.bare.url)
      runs[`${page}@${connections}`] = { inline: one, front, bare }
      const label = `${LABELS[page] ?? page} @${connections}`
      row('1i', `${label}: req/s, one process / front process`, `${fmt(one.requestsPerSecond)} / ${fmt(front.requestsPerSecond)}`, `bare ${fmt(bare.requestsPerSecond)}`, `${times(one.requestsPerSecond / bare.requestsPerSecond)} / ${times(front.requestsPerSecond / bare.requestsPerSecond)}`, '', 'info')
      row('1i', `${label}: p50 · p99 ms, one process / front process`, `${ms(one.p50Ms)} · ${ms(one.p99Ms)} / ${ms(front.p50Ms)} · ${ms(front.p99Ms)}`, `bare ${ms(bare.p50Ms)} · ${ms(bare.p99Ms)}`, `p99 ${times(one.p99Ms / bare.p99Ms)} / ${times(front.p99Ms / bare.p99Ms)}`, '', 'info')
    }
  }
  await inline.stop()
  raw.warmInline = runs
}
