// Per-client limits shared by replicas over Redis, in-process without it.
import { afterAll, describe, expect, it } from 'vitest'

import { isAppError } from '@/errors'
import { type RateLimit, RateLimiter } from '@/http/rateLimit'
import { createRedis } from '@/redis/connect'

describe('rate limiter', () => {
  const redis = createRedis(process.env.REDIS_URL!, 'rate-limit-test')
  afterAll(() => redis.disconnect())
  const rule: RateLimit = { name: 'search', limit: 5, windowMs: 10_000 }
  const now = () => 1_000_000_003_000

  it('counts across replicas and answers over the limit with RateLimited and Retry-After', async () => {
    await redis.connect().catch(() => undefined)
    const prefix = `pb:test:${process.pid}:${Date.now()}:`
    const replicas = [new RateLimiter(redis, prefix, now), new RateLimiter(redis, prefix, now)]
    for (let i = 0; i < 5; i++) await replicas[i % 2]!.check(rule, '10.0.0.1')
    const error = await replicas[0]!.check(rule, '10.0.0.1').catch((e: unknown) => e)
    expect(isAppError(error, 'RateLimited')).toBe(true)
    expect((error as { retryAfterSeconds: number }).retryAfterSeconds).toBe(7)
    await replicas[1]!.check(rule, '10.0.0.2')
  })

  it('limits in-process when there is no Redis', async () => {
    const limiter = new RateLimiter(null, 'x:', now)
    for (let i = 0; i < 5; i++) await limiter.check(rule, 'a')
    await expect(limiter.check(rule, 'a')).rejects.toMatchObject({ kind: 'RateLimited', code: 'search.rate_limited' })
  })

  it('counts in-process, and says so, when a Redis command fails', async () => {
    // A client that reports ready but whose commands fail (a timeout, a dropped connection mid-command).
    const failing = { status: 'ready', multi: () => ({ incrby: () => ({ pexpire: () => ({ exec: () => Promise.reject(new Error('Command timed out')) }) }) }) }
    const limiter = new RateLimiter(failing as never, 'x:', now)
    for (let i = 0; i < 5; i++) await limiter.check(rule, 'b')
    await expect(limiter.check(rule, 'b')).rejects.toMatchObject({ kind: 'RateLimited' })
    expect(limiter.counters.redisErrors).toBe(6)
  })
})
