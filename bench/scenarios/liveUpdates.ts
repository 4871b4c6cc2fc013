// Scenario 8: publish → SSE event latency for 1,000 clients over two replicas, and publish → visible on the other replica; against the publishing write itself.
import type { RunningApp } from '../../test/support/app'
import { staffToken } from '../../test/support/staffToken'
import { BENCH_ADMIN, type BenchContext, PATHS, fmt, getJson, ms, openSseClients, pct, raw, row, sleep, verdict, wallNow } from '../harness'

const SSE_CLIENTS = 1_000
const SSE_PUBLISHES = 10

interface Publish {
  sentAt: number
  committedAt: number
  visibleAfterMs: number
}

/** Run from scenario 3 (not on its own): it needs that scenario's second replica, `second`. */
export async function run({ app, runId }: BenchContext, second: RunningApp): Promise<void> {
  console.log(`\n8. live updates: ${fmt(SSE_CLIENTS)} SSE clients over 2 replicas, ${SSE_PUBLISHES} publishes`)
  const token = await staffToken(app.url, BENCH_ADMIN)
  const { docs } = await getJson<{ docs: Array<{ id: number }> }>(app.url, '/api/explore-tags?where[slug][equals]=finance&depth=0&limit=1')
  const live = await openSseClients({ targets: [app.url, second.url], path: '/api/v1/live?topics=config', clients: SSE_CLIENTS, event: 'config.published', expect: SSE_PUBLISHES, timeoutMs: 60_000 })
  const publishes: Publish[] = []
  for (let k = 0; k < SSE_PUBLISHES; k++) {
    publishes.push(await publish(app, second, docs[0]!.id, `Finance ${runId} ${k}`, token))
    await sleep(300)
  }
  const summary = await live.result
  const latencies = summary.receipts.flatMap((times, k) => times.map((at) => at - publishes[k]!.sentAt)).sort((a, b) => a - b)
  const writes = publishes.map((p) => p.committedAt - p.sentAt).sort((a, b) => a - b)
  const visible = publishes.map((p) => p.visibleAfterMs).sort((a, b) => a - b)
  raw.live = { clients: SSE_CLIENTS, opened: summary.opened, missing: summary.missing, publishes, latencyPercentiles: { p50: pct(latencies, 50), p99: pct(latencies, 99), max: latencies.at(-1) } }
  row('8', `SSE: publish sent → event received, ${fmt(summary.opened)} clients × ${SSE_PUBLISHES}: p50 / p99 ms`, `${ms(pct(latencies, 50))} / ${ms(pct(latencies, 99))}`, `the publishing write itself p50 ${ms(pct(writes, 50))}`, '', '< 1,000 ms, none missing', verdict(summary.missing === 0 && pct(latencies, 99) < 1_000))
  row('8', 'SSE: events not received', fmt(summary.missing), '', '', '0', verdict(summary.missing === 0))
  row('8', 'publish committed → visible on the other replica: p50 / max ms', `${ms(pct(visible, 50))} / ${ms(visible.at(-1)!)}`, '', '', '< 1,000 ms', verdict(visible.at(-1)! < 1_000))
}

/** Publishes a new label for the tag through `app`, then polls `second` until its public API shows it (5 s at most). */
async function publish(app: RunningApp, second: RunningApp, tagId: number, label: string, token: string): Promise<Publish> {
  const sentAt = wallNow()
  const response = await fetch(`${app.url}/api/explore-tags/${tagId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ label, _status: 'published' }),
  })
  if (response.status !== 200) throw new Error(`publish answered ${response.status}: ${await response.text()}`)
  const committedAt = wallNow()
  // Publish → visible through the other replica's public API (its snapshot and response cache invalidated).
  let visibleAfterMs = Number.POSITIVE_INFINITY
  while (wallNow() - committedAt < 5_000) {
    const tree = await getJson<{ tags: Array<{ slug: string; label: string }> }>(second.url, PATHS.explore)
    if (tree.tags.find((tag) => tag.slug === 'finance')?.label === label) {
      visibleAfterMs = wallNow() - committedAt
      break
    }
    await sleep(5)
  }
  return { sentAt, committedAt, visibleAfterMs }
}
