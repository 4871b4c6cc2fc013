// A request's admission (its count against a per-client limit) carried by its cache reads, in-process and with a
// Redis that fails: counted once, by the first read; refused, the request reads nothing more and loads nothing.
import { describe, expect, it } from 'vitest'

import { SwrCache } from '@/cache/swr'
import { isAppError } from '@/errors'
import { type RateLimit, RateLimiter } from '@/http/rateLimit'

const ttl = { softTtlMs: 1_000, hardTtlMs: 10_000 }
const rule: RateLimit = { name: 'search', limit: 2, windowMs: 10_000 }

/** A loader that counts its calls. */
function counted(value: string) {
  const loader = async () => {
    loader.calls++
    return value
  }
  loader.calls = 0
  return loader
}

describe('admissions carried by cache reads', () => {
  it('count a request once, by its first read, however many reads it makes', async () => {
    const limits = new RateLimiter(null, 'test:')
    const cache = new SwrCache()
    const request = async (n: number) => {
      const admission = limits.admission(rule, 'client')
      const reads = [cache.read(`cold ${n}`, counted('a'), ttl, undefined, { admission }), cache.read('shared', counted('b'), ttl, undefined, { admission })]
      return admission.run(() => Promise.all(reads))
    }
    await request(1)
    await request(2)
    await expect(request(3)).rejects.toMatchObject({ kind: 'RateLimited', code: 'search.rate_limited' })
    expect(limits.refusals.get('search ')).toBe(1)
  })

  it('refused, a request loads nothing: its other reads wait for the verdict, and a stale value is served without a refresh', async () => {
    let clock = 1_000_000
    const limits = new RateLimiter(null, 'test:', () => clock)
    const cache = new SwrCache({ now: () => clock })
    await cache.get('stale', async () => 'old', ttl)
    clock += ttl.softTtlMs + 1
    await limits.check(rule, 'client', '', 2)

    const admission = limits.admission(rule, 'client')
    const [first, other, stale] = [counted('first'), counted('other'), counted('new')]
    const reads = await Promise.allSettled([
      cache.read('first', first, ttl, undefined, { admission }),
      cache.read('other', other, ttl, undefined, { admission }),
      cache.read('stale', stale, ttl, undefined, { admission }),
    ])
    expect(reads[0]).toMatchObject({ status: 'rejected', reason: { kind: 'RateLimited' } })
    expect(reads[1]).toMatchObject({ status: 'rejected', reason: { kind: 'RateLimited' } })
    expect(reads[2]).toMatchObject({ status: 'fulfilled', value: { value: 'old', stale: true } })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect([first.calls, other.calls, stale.calls]).toEqual([0, 0, 0])
    expect(cache.counters.loads).toBe(1)
  })

  it('are counted in-process when the cache read carrying them fails in Redis, and the value is still loaded', async () => {
    const failing = () => Promise.reject(new Error('Command timed out'))
    const redis: Record<string, unknown> = {
      status: 'ready',
      defineCommand(name: string) {
        redis[name] = failing
      },
      set: failing,
      eval: failing,
      multi: () => ({ incrby: () => ({ pexpire: () => ({ exec: failing }) }) }),
    }
    const limits = new RateLimiter(redis as never, 'test:')
    const cache = new SwrCache({ redis: redis as never })
    const read = (key: string) => {
      const admission = limits.admission(rule, 'client')
      return admission.run(() => cache.get(key, async () => `loaded ${key}`, ttl, undefined, { admission }))
    }
    expect(await read('a')).toBe('loaded a')
    expect(limits.counters.redisErrors).toBe(1)
    expect(cache.counters.redisErrors).toBeGreaterThanOrEqual(1)
    expect(await read('b')).toBe('loaded b')
    await expect(read('c')).rejects.toMatchObject({ kind: 'RateLimited' })
    expect(limits.counters.redisErrors).toBe(3)
  })
})

describe('RequestAdmission.run', () => {
  it('counts a request that no read counted (a response-cache hit, a joined build) once, after its work', async () => {
    const limits = new RateLimiter(null, 'test:')
    expect(await limits.admission(rule, 'client').run(async () => 'hit')).toBe('hit')
    expect(await limits.admission(rule, 'client').run(async () => 'hit')).toBe('hit')
    await expect(limits.admission(rule, 'client').run(async () => 'hit')).rejects.toMatchObject({ kind: 'RateLimited' })
  })

  it('works again when its work failed with another request’s refusal (a build it joined), and counts once', async () => {
    const limits = new RateLimiter(null, 'test:')
    await limits.check(rule, 'flooder', '', 2)
    const refusal = await limits.check(rule, 'flooder').catch((error: unknown) => error)
    expect(isAppError(refusal, 'RateLimited')).toBe(true)
    let runs = 0
    const result = await limits.admission(rule, 'client').run(async () => {
      runs++
      if (runs === 1) throw refusal
      return 'built'
    })
    expect([result, runs]).toEqual(['built', 2])
    await limits.check(rule, 'client')
    await expect(limits.check(rule, 'client')).rejects.toMatchObject({ kind: 'RateLimited' })
  })

  it('answers its own refusal rather than whatever else failed', async () => {
    const limits = new RateLimiter(null, 'test:')
    await limits.check(rule, 'client', '', 2)
    await expect(
      limits.admission(rule, 'client').run(async () => {
        throw new Error('upstream down')
      }),
    ).rejects.toMatchObject({ kind: 'RateLimited', code: 'search.rate_limited' })
  })

  it('on a miss limit, counts only a request that starts a build (`owe`)', async () => {
    const limits = new RateLimiter(null, 'test:')
    const cache = new SwrCache()
    for (let i = 0; i < 5; i++) await limits.admission(rule, 'client', '', { onMiss: true }).run(async () => 'hit')
    const miss = async (key: string) => {
      const admission = limits.admission(rule, 'client', '', { onMiss: true })
      return admission.run(async () => {
        await admission.owe()
        return cache.get(key, async () => key, ttl, undefined, { admission })
      })
    }
    expect(await miss('a')).toBe('a')
    expect(await miss('b')).toBe('b')
    await expect(miss('c')).rejects.toMatchObject({ kind: 'RateLimited', code: 'search.rate_limited' })
  })
})
