// Gamma limits per client address, so replicas share one budget: two transports on one Redis together send no more
// per window than one may; a 429's pause reaches both; without Redis each counts for itself again.
import type { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'

import { SwrCache } from '@/cache/swr'
import { isAppError } from '@/errors'
import { runInBackground } from '@/markets/gamma/budget'
import { createGammaTransport } from '@/markets/gamma/http'
import { tagsWire } from '@/markets/gamma/schemas'
import { createRedis } from '@/redis/connect'

const clients: Redis[] = []
afterAll(async () => {
  for (const client of clients) client.disconnect()
})

function replica(prefix: string, redisUrl = process.env.REDIS_URL!, status = 200, cachePrefix = `${prefix}cache:`) {
  const redis = createRedis(redisUrl, 'budget-test')
  clients.push(redis)
  let sent = 0
  const fetchStub = (async () => {
    sent++
    return new Response(status === 200 ? '[]' : '{"error":"slow down"}', { status, headers: { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '30' } : {}) } })
  }) as typeof fetch
  const transport = createGammaTransport({
    baseUrl: 'http://gamma.test',
    fetch: fetchStub,
    retries: 0,
    rateLimits: { windowMs: 10_000, tags: 6, overall: 1_000, maxWaitMs: 0 },
    sharedBudget: { redis, prefix },
  })
  const outcome = (work: Promise<unknown>) => work.then(() => 'ok', (error: unknown) => (isAppError(error, 'RateLimited') ? 'limited' : `other: ${String(error)}`))
  const call = () => outcome(runInBackground(() => transport.get({ path: '/tags', schema: tagsWire })))
  // A user's cache miss: the read that takes the key's lock spends the call's budget in the same script.
  const cache = new SwrCache({ redis, prefix: cachePrefix })
  const miss = (key: string) =>
    outcome(cache.get(key, () => transport.get({ path: '/tags', schema: tagsWire }), { softTtlMs: 60_000, hardTtlMs: 60_000 }, undefined, { prepay: () => transport.prepay?.('/tags') }))
  return { call, miss, redis, sent: () => sent }
}

describe('the upstream budget shared by replicas', () => {
  it('lets two replicas together send no more per window than one may', async () => {
    const prefix = `pb:test:${process.pid}:${Date.now()}:upstream:`
    const [a, b] = [replica(prefix), replica(prefix)]
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).call()))
    expect(results.filter((r) => r === 'ok')).toHaveLength(6)
    expect(results.filter((r) => r === 'limited')).toHaveLength(4)
    expect(a.sent() + b.sent()).toBe(6)
  })

  it('shares a 429 pause: the other replica holds back too', async () => {
    const prefix = `pb:test:${process.pid}:${Date.now()}:pause:`
    const throttled = replica(prefix, process.env.REDIS_URL, 429)
    const other = replica(prefix)
    expect(await throttled.call()).toBe('limited')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await other.call()).toBe('limited')
    expect(other.sent()).toBe(0)
  })

  it('counts in each replica while Redis cannot answer', async () => {
    const prefix = `pb:test:${process.pid}:${Date.now()}:down:`
    const [a, b] = [replica(prefix, 'redis://127.0.0.1:1'), replica(prefix, 'redis://127.0.0.1:1')]
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? a : b).call()))
    // Each replica's own window: 6 each.
    expect(results.filter((r) => r === 'ok')).toHaveLength(12)
    expect([a.sent(), b.sent()]).toEqual([6, 6])
  })

  it('spends a miss’s budget in the cache read that takes its lock, once per call: two replicas’ misses stay within the user share', async () => {
    const prefix = `pb:test:${process.pid}:${Date.now()}:prepaid:`
    const [a, b] = [replica(prefix), replica(prefix)]
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).miss(`tags-${i}`)))
    // Users may spend 70 % of the 6 per window: 4. Each call counted once, in the read's script, not again as it went out.
    expect(results.filter((r) => r === 'ok')).toHaveLength(4)
    expect(results.filter((r) => r === 'limited')).toHaveLength(6)
    expect(a.sent() + b.sent()).toBe(4)
    expect(await a.redis.zcard(`${prefix}tags:user`)).toBe(4)
    expect(await a.redis.zcard(`${prefix}tags`)).toBe(4)
    // A key already cached spends nothing.
    const cached = results.findIndex((r) => r === 'ok')
    expect(await (cached % 2 ? a : b).miss(`tags-${cached}`)).toBe('ok')
    expect(await a.redis.zcard(`${prefix}tags:user`)).toBe(4)
    expect(a.sent() + b.sent()).toBe(4)
  })

  it('a miss that finds another replica loading the key spends nothing: it waits for that load', async () => {
    const prefix = `pb:test:${process.pid}:${Date.now()}:joined:`
    const [a, b] = [replica(prefix), replica(prefix)]
    expect(await Promise.all([a.miss('same'), b.miss('same')])).toEqual(['ok', 'ok'])
    expect(a.sent() + b.sent()).toBe(1)
    expect(await a.redis.zcard(`${prefix}tags:user`)).toBe(1)
  })
})
