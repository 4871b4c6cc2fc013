// The live refresher over a real Redis, two replicas: each watched item is refreshed once per cadence whichever
// replicas watch it, faster while its game is live, and a replica that dies (stops renewing, releases nothing) lets
// its items drop within a lease period.
import type { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'

import { LiveRefresher, type RefreshResult } from '@/live/refresher'
import { WatchRegistry } from '@/live/watch'
import { createRedis } from '@/redis/connect'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('live refresher across two replicas', () => {
  const clients: Redis[] = []
  const prefix = `pb:test:refresh:${process.pid}:${Date.now()}:`
  const LEASE_MS = 600
  const OPEN_MS = 400
  const LIVE_MS = 150

  afterAll(() => {
    for (const client of clients) client.disconnect()
  })

  function replica(refreshed: string[], state: Map<string, RefreshResult>, tickMs = 25, at: number[] = []) {
    const redis = createRedis(process.env.REDIS_URL!, 'refresh-test')
    clients.push(redis)
    const registry = new WatchRegistry(redis, `${prefix}watched`, { leaseMs: LEASE_MS })
    const refresher = new LiveRefresher({
      registry,
      redis,
      prefix,
      liveMs: LIVE_MS,
      openMs: OPEN_MS,
      settledMs: 5_000,
      tickMs,
      refresh: async (item) => {
        refreshed.push(item)
        at.push(performance.now())
        return state.get(item) ?? 'open'
      },
    })
    registry.start()
    refresher.start()
    return { registry, refresher, stop: () => (registry.stop(), refresher.stop()) }
  }

  it('refreshes each watched item once per cadence across replicas, and forgets what a dead replica watched', async () => {
    const refreshed: string[] = []
    const state = new Map<string, RefreshResult>([['event:live-game', 'live']])
    const [a, b] = [replica(refreshed, state), replica(refreshed, state)]
    try {
      a.registry.watch(['event:both', 'event:live-game', 'feed:only-a'])
      b.registry.watch(['event:both'])
      await sleep(50)
      refreshed.length = 0
      const window = 2_000
      await sleep(window)
      const count = (item: string) => refreshed.filter((one) => one === item).length
      // At most once per cadence (one more for the window's edges), not once per replica; and it does keep going
      // (the lower bound is loose: a busy machine delays ticks, never adds refreshes).
      expect(count('event:both')).toBeLessThanOrEqual(window / OPEN_MS + 1)
      expect(count('event:both')).toBeGreaterThanOrEqual(window / OPEN_MS / 2)
      expect(count('event:live-game')).toBeLessThanOrEqual(window / LIVE_MS + 1)
      expect(count('event:live-game')).toBeGreaterThan(window / OPEN_MS + 1)
      expect(a.refresher.counters.claimsLost + b.refresher.counters.claimsLost).toBeGreaterThan(0)

      // Replica a dies: no release, no renewal. Its items lapse within a lease; b's own item goes on.
      a.stop()
      await sleep(LEASE_MS + 50)
      refreshed.length = 0
      await sleep(OPEN_MS * 3)
      expect(new Set(refreshed)).toEqual(new Set(['event:both']))
      expect(await b.registry.watched()).toEqual(['event:both'])
    } finally {
      a.stop()
      b.stop()
    }
  })

  it('keeps an item’s cadence to the millisecond, not to the tick', async () => {
    // Ticks every 120 ms and a 150 ms cadence: counted from the tick that started it, the item would be refreshed
    // every 240 ms; kept on its schedule, every 150 on average, a late start (a busy machine) not moving the next.
    const refreshed: string[] = []
    const at: number[] = []
    const one = replica(refreshed, new Map([['event:on-time', 'live']]), 120, at)
    try {
      one.registry.watch(['event:on-time'])
      await sleep(LIVE_MS * 2)
      at.length = 0
      await sleep(2_000)
      const meanInterval = (at.at(-1)! - at[0]!) / (at.length - 1)
      expect(at.length).toBeGreaterThan(5)
      expect(meanInterval).toBeGreaterThan(LIVE_MS * 0.9)
      expect(meanInterval).toBeLessThan(LIVE_MS * 1.2)
    } finally {
      one.stop()
    }
  })
})
