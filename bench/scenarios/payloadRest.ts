// Scenario 5: req/s and DB queries per request of the warm /api/v1/explore, against Payload's REST API for the same tags at depth 2 and 0.
import type { CannonSummary } from '../cannon'
import { type BenchContext, PATHS, SECONDS, cannon, fmt, getJson, ms, raw, recordMemory, row, times, verdict, warm } from '../harness'

export const id = '5'

type Run = CannonSummary & { queriesPerRequest: number; redisPerRequest: number }

export async function run({ app, quiet, costPerRequest }: BenchContext): Promise<void> {
  console.log('\n5. Payload REST vs warm /api/v1/explore')
  const check = await getJson<{ docs: unknown[] }>(app.url, PATHS.payloadDepth2)
  const runs: Record<string, Run> = {}
  for (const [name, urlPath] of [['depth2', PATHS.payloadDepth2], ['depth0', PATHS.payloadDepth0], ['warm', PATHS.explore]] as const) {
    if (name === 'warm') await warm(app.url, urlPath)
    const cost = await costPerRequest(app.url, urlPath)
    await cannon({ url: `${app.url}${urlPath}`, connections: 100, durationSeconds: 1 })
    await quiet(app)
    if (name === 'warm') await warm(app.url, urlPath)
    const result = await cannon({ url: `${app.url}${urlPath}`, connections: 100, durationSeconds: SECONDS })
    // Requests still queued when the load stops finish after it: wait for them.
    await quiet(app)
    runs[name] = { ...result, queriesPerRequest: cost.queries, redisPerRequest: cost.redisCommands }
  }
  raw.payloadRest = { docs: check.docs.length, runs }
  const { depth2, depth0, warm: ours } = runs as Record<'depth2' | 'depth0' | 'warm', Run>
  const ratio2 = ours.requestsPerSecond / depth2.requestsPerSecond
  row('5', `Payload REST explore-tags depth=2 (${check.docs.length} docs) @100: req/s, p50 ms`, `${fmt(depth2.requestsPerSecond)}, ${ms(depth2.p50Ms)}`, '', '', '', 'info')
  row('5', 'Payload REST depth=0 @100: req/s, p50 ms', `${fmt(depth0.requestsPerSecond)}, ${ms(depth0.p50Ms)}`, '', '', '', 'info')
  row('5', 'warm /api/v1/explore @100 vs Payload depth=2: req/s', fmt(ours.requestsPerSecond), `depth=2 ${fmt(depth2.requestsPerSecond)}`, times(ratio2), '≥ 50×', verdict(ratio2 >= 50))
  row('5', 'warm /api/v1/explore @100 vs Payload depth=0: req/s', fmt(ours.requestsPerSecond), `depth=0 ${fmt(depth0.requestsPerSecond)}`, times(ours.requestsPerSecond / depth0.requestsPerSecond), '', 'info')
  row('5', 'DB queries per request: depth=2 / depth=0 / warm explore', `${fmt(depth2.queriesPerRequest, 1)} / ${fmt(depth0.queriesPerRequest, 1)} / ${fmt(ours.queriesPerRequest, 4)}`, '', '', 'warm = 0', verdict(ours.queriesPerRequest === 0), `warm ${fmt(ours.queriesPerRequest, 4)}`)
  await recordMemory(app, 'Payload REST')
}
