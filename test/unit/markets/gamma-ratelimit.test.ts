// The client-side rate window, on a fake clock: no window ever holds more calls than its limit, a full window
// waits (bounded) instead of sending, and an upstream 429 holds the endpoint back.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { isAppError } from '@/errors'
import { createGammaTransport } from '@/markets/gamma/http'
import { runInBackground, runPrepaid, takePrepaid } from '@/markets/gamma/budget'
import { SlidingWindowLimiter } from '@/markets/gamma/rateLimit'
import { tagsWire } from '@/markets/gamma/schemas'

/**
 * Virtual time: sleepers wake one at a time in deadline order, and only once every pending microtask has run
 * (setImmediate), so the clock never jumps between a limiter granting a slot and the request going out.
 */
function fakeClock(start = 1_000_000) {
  const clock = { now: start }
  const sleepers: { at: number; wake: () => void }[] = []
  let scheduled = false
  const drive = () => {
    scheduled = false
    sleepers.sort((a, b) => a.at - b.at)
    const next = sleepers.shift()
    if (!next) return
    clock.now = Math.max(clock.now, next.at)
    next.wake()
    schedule()
  }
  const schedule = () => {
    if (!scheduled && sleepers.length > 0) {
      scheduled = true
      setImmediate(drive)
    }
  }
  return {
    clock,
    now: () => clock.now,
    sleep: (ms: number) =>
      new Promise<void>((wake) => {
        sleepers.push({ at: clock.now + ms, wake })
        schedule()
      }),
  }
}

/** The largest number of timestamps inside any half-open window [t, t + windowMs). */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let best = 0
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= windowMs) j++
    best = Math.max(best, i - j + 1)
  }
  return best
}

describe('SlidingWindowLimiter', () => {
  it('never lets more than the limit into any window, for any burst pattern (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 12 }),
        async (limit, bursts) => {
          const { now, sleep, clock } = fakeClock()
          const limiter = new SlidingWindowLimiter({ windowMs: 1_000, limits: { events: limit }, maxWaitMs: 1_000_000, now, sleep })
          const sent: number[] = []
          for (const [gap, size] of bursts) {
            clock.now += gap
            await Promise.all(Array.from({ length: size }, () => limiter.acquire(['events']).then(() => sent.push(now()))))
          }
          expect(sent).toHaveLength(bursts.reduce((sum, [, size]) => sum + size, 0))
          expect(busiestWindow(sent, 1_000)).toBeLessThanOrEqual(limit)
        },
      ),
    )
  })

  it('fails with RateLimited when the wait for a slot would exceed its bound', async () => {
    const { now, sleep } = fakeClock()
    const limiter = new SlidingWindowLimiter({ windowMs: 10_000, limits: { tags: 2 }, maxWaitMs: 3_000, now, sleep })
    await limiter.acquire(['tags'])
    await limiter.acquire(['tags'])
    const error = await limiter.acquire(['tags']).catch((caught: unknown) => caught)
    expect(isAppError(error, 'RateLimited')).toBe(true)
    expect(error).toMatchObject({ code: 'upstream.rate_limited', retryAfterSeconds: 10 })
    // A failed waiter does not block the queue behind it.
    expect(limiter.inWindow('tags')).toBe(2)
  })

  it('holds a bucket back after a pause (an upstream 429)', async () => {
    const { now, sleep, clock } = fakeClock()
    const limiter = new SlidingWindowLimiter({ windowMs: 10_000, limits: {}, maxWaitMs: 5_000, now, sleep })
    limiter.pause('events', clock.now + 1_500)
    const before = clock.now
    await limiter.acquire(['events', 'overall'])
    expect(clock.now - before).toBe(1_500)
    // Other buckets are not held.
    const other = clock.now
    await limiter.acquire(['tags', 'overall'])
    expect(clock.now).toBe(other)
  })
})

describe('transport rate window', () => {
  it('sends at most N calls per window per endpoint and never more overall than its overall limit', async () => {
    const { now, sleep } = fakeClock()
    const sentAt: Record<string, number[]> = {}
    const fetchStub = (async (input: string | URL | Request) => {
      const path = new URL(String(input)).pathname
      ;(sentAt[path] ??= []).push(now())
      return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } })
    }) as typeof fetch
    const transport = createGammaTransport({
      baseUrl: 'http://gamma.test',
      fetch: fetchStub,
      now,
      sleep,
      rateLimits: { windowMs: 1_000, tags: 3, overall: 5, maxWaitMs: 60_000 },
    })
    await Promise.all([
      ...Array.from({ length: 10 }, () => transport.get({ path: '/tags', schema: tagsWire })),
      ...Array.from({ length: 10 }, () => transport.get({ path: '/public-search', schema: tagsWire })),
    ])
    expect(busiestWindow(sentAt['/tags']!, 1_000)).toBeLessThanOrEqual(3)
    expect(busiestWindow([...sentAt['/tags']!, ...sentAt['/public-search']!], 1_000)).toBeLessThanOrEqual(5)
    expect(transport.counters().calls).toEqual({ '/tags': 10, '/public-search': 10 })
  })
})

describe('user and background budgets', () => {
  it('let user-driven calls spend 70 % of a window and refreshes the rest, so a flood cannot starve refreshes', async () => {
    const { now, sleep } = fakeClock()
    let sent = 0
    const fetchStub = (async () => {
      sent++
      return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } })
    }) as typeof fetch
    // No waiting: a call without room fails at once, so the counts show the split.
    const transport = createGammaTransport({ baseUrl: 'http://gamma.test', fetch: fetchStub, now, sleep, retries: 0, rateLimits: { windowMs: 10_000, tags: 10, overall: 1_000, maxWaitMs: 0 } })
    const call = () => transport.get({ path: '/tags', schema: tagsWire }).then(() => 'ok', (error: unknown) => (isAppError(error, 'RateLimited') ? 'limited' : 'other'))
    const flood = await Promise.all(Array.from({ length: 10 }, call))
    expect(flood.filter((r) => r === 'ok')).toHaveLength(7)
    expect(flood.filter((r) => r === 'limited')).toHaveLength(3)
    const refreshes = await Promise.all(Array.from({ length: 4 }, () => runInBackground(call)))
    expect(refreshes).toEqual(['ok', 'ok', 'ok', 'limited'])
    expect(sent).toBe(10)
  })
})

describe('prepaid calls', () => {
  it('a credit pays for one call, in the buckets it covers, inside its own run only', async () => {
    expect(takePrepaid(['events', 'overall'])).toBe(false)
    await runPrepaid(['events', 'overall', 'events:user', 'overall:user'], async () => {
      expect(takePrepaid(['tags', 'overall'])).toBe(false)
      expect(takePrepaid(['events', 'overall', 'events:user', 'overall:user'])).toBe(true)
      // A retry or a further page spends as usual.
      expect(takePrepaid(['events', 'overall', 'events:user', 'overall:user'])).toBe(false)
    })
    expect(takePrepaid(['events', 'overall'])).toBe(false)
  })
})
