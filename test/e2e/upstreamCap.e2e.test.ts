// The per-replica cap on upstream calls in flight (GAMMA_CONCURRENCY) holds under a cold feed build and a burst of
// distinct searches, observed at the upstream itself.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startBundledReplay } from '../../replay/bundled'
import { type RunningApp, startApp } from '../support/app'

const CAP = 2

describe('upstream concurrency cap', () => {
  let replay: Awaited<ReturnType<typeof startBundledReplay>>
  let app: RunningApp

  beforeAll(async () => {
    // A replica of its own, on its own upstream (with latency, so calls overlap) and its own, cold, cache keys.
    replay = await startBundledReplay({ latencyMs: 40 })
    app = await startApp({ ...inject('appEnv'), GAMMA_URL: replay.url, GAMMA_CONCURRENCY: String(CAP), REDIS_KEY_PREFIX: `pb:cap:${Date.now()}:` })
  })

  afterAll(async () => {
    await app?.stop()
    await replay?.stop()
  })

  it(`never has more than ${CAP} upstream calls in flight`, async () => {
    await fetch(`${replay.url}/__replay/counters`, { method: 'DELETE' })
    const requests = [
      fetch(`${app.url}/api/v1/explore/sports/events?limit=20`),
      ...Array.from({ length: 12 }, (_, i) => fetch(`${app.url}/api/v1/search?q=${encodeURIComponent(`cap ${i}`)}`)),
    ]
    const responses = await Promise.all(requests)
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200))
    const counters = (await (await fetch(`${replay.url}/__replay/counters`)).json()) as { total: number; maxInFlight: number }
    expect(counters.total).toBeGreaterThan(CAP * 3)
    expect(counters.maxInFlight).toBe(CAP)
  })
})
