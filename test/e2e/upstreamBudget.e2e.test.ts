// Two replicas share one upstream budget (Gamma limits per client address, not per process): under a flood of
// cache misses spread over both, the upstream sees no more calls per window than one replica's budget allows.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type RunningApp, startApp } from '../support/app'

describe('the upstream budget across two replicas', () => {
  let replicas: RunningApp[] = []
  const replayUrl = inject('replayUrl')

  beforeAll(async () => {
    const env = {
      ...inject('appEnv'),
      REDIS_KEY_PREFIX: `pb:upstream-budget:${Date.now()}:`,
      // 2 % of Gamma's limits: 9 event calls per 10 s for the deployment, of which users' misses may spend 6.
      GAMMA_BUDGET_SHARE: '0.02',
      CLIENT_MISS_LIMIT: '100000',
    }
    replicas = await Promise.all([startApp(env), startApp(env)])
  })
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()))
  })

  it('lets both replicas together spend no more than one budget per window', async () => {
    const run = Date.now()
    const started = Date.now()
    const statuses = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const response = await fetch(`${replicas[i % 2]!.url}/api/v1/events/budget-flood-${run}-${i}`)
        await response.body?.cancel()
        return response.status
      }),
    )
    const elapsed = Date.now() - started
    const { calls } = (await (await fetch(`${replayUrl}/__replay/counters`)).json()) as { calls: Record<string, number> }
    const upstream = Object.entries(calls).reduce((sum, [path, n]) => (path.includes(`budget-flood-${run}-`) ? sum + n : sum), 0)
    expect(elapsed).toBeLessThan(10_000)
    // One window, both replicas: at most the user share of one budget (6), however the flood was split.
    expect(upstream).toBeGreaterThan(0)
    expect(upstream).toBeLessThanOrEqual(6)
    expect(statuses.filter((status) => status === 404)).toHaveLength(upstream)
    expect(new Set(statuses.filter((status) => status !== 404))).toEqual(new Set([429]))
  })
})
