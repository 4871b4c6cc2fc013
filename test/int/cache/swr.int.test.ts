// The SWR cache on a real Redis, with two cache instances standing for two replicas.
import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { acquireLock, releaseLock } from '@/cache/lock'
import { SwrCache } from '@/cache/swr'
import { notFound } from '@/errors'
import { createRedis } from '@/redis/connect'

import { commandCalls, type PrivateRedis, privateRedis } from '../../support/redisServer'
import { until } from '../../support/wait'

const ttl = { softTtlMs: 1_000, hardTtlMs: 10_000 }

/** A loader whose calls are counted and whose completion the test controls. */
function controlledLoader<T>(value: (call: number) => T) {
  let calls = 0
  let release: () => void = () => {}
  let gate = new Promise<void>((resolve) => (release = resolve))
  return {
    get calls() {
      return calls
    },
    open: () => release(),
    close: () => {
      gate = new Promise<void>((resolve) => (release = resolve))
    },
    load: async () => {
      calls++
      const call = calls
      await gate
      return value(call)
    },
  }
}

describe('SwrCache across two replicas', () => {
  let server: PrivateRedis
  const clients: Redis[] = []
  let clock = 1_000_000
  const now = () => clock
  let prefix = ''
  let caseNo = 0

  const replica = (extra: Partial<ConstructorParameters<typeof SwrCache>[0]> = {}) => {
    const redis = createRedis(server.url, 'cache-test')
    clients.push(redis)
    return new SwrCache({ redis, prefix, now, waitPollMs: 5, lockTtlMs: 5_000, ...extra })
  }

  beforeAll(async () => {
    server = await privateRedis()
  })

  afterEach(() => {
    for (const client of clients.splice(0)) client.disconnect()
    prefix = `t${++caseNo}:`
  })

  afterAll(async () => {
    await server.stop()
  })

  it('calls the loader exactly once for 200 concurrent gets of a missing key across both replicas', async () => {
    prefix = 'cold:'
    const [a, b] = [replica(), replica()]
    const loader = controlledLoader(() => 'value')
    const gets = Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).get('hot', loader.load, ttl))
    await new Promise((resolve) => setTimeout(resolve, 50))
    loader.open()
    const values = await Promise.all(gets)
    expect(loader.calls).toBe(1)
    expect(new Set(values)).toEqual(new Set(['value']))
  })

  it('serves a stale value at once while exactly one refresh runs across both replicas', async () => {
    const [a, b] = [replica(), replica()]
    const first = controlledLoader((call) => `v${call}`)
    first.open()
    expect(await a.get('k', first.load, ttl)).toBe('v1')
    expect(await b.get('k', first.load, ttl)).toBe('v1')

    clock += ttl.softTtlMs + 1
    const refresh = controlledLoader(() => 'v2')
    // The refresh loader does not finish until we say so: every get below must return without it.
    const values = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).get('k', refresh.load, ttl)))
    expect(new Set(values)).toEqual(new Set(['v1']))
    await until(async () => refresh.calls > 0)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(refresh.calls).toBe(1)
    expect(a.counters.staleServes + b.counters.staleServes).toBe(200)

    refresh.open()
    await until(async () => (await a.get('k', refresh.load, ttl)) === 'v2')
    await until(async () => (await b.get('k', refresh.load, ttl)) === 'v2')
    expect(refresh.calls).toBe(1)
  })

  it('keeps serving stale while the loader fails, until the hard TTL, then fails', async () => {
    const cache = replica()
    expect(await cache.get('k', async () => 'good', ttl)).toBe('good')
    const failing = async () => {
      throw new Error('upstream down')
    }
    clock += ttl.softTtlMs + 1
    expect(await cache.get('k', failing, ttl)).toBe('good')
    await until(async () => cache.counters.loaderErrors === 1)
    clock += ttl.hardTtlMs - ttl.softTtlMs - 2
    expect(await cache.get('k', failing, ttl)).toBe('good')
    clock += 2
    await expect(cache.get('k', failing, ttl)).rejects.toThrow('upstream down')
    expect(cache.counters.loaderErrors).toBeGreaterThanOrEqual(2)
    expect(cache.counters.staleServes).toBe(2)
  })

  it('remembers a NotFound for the negative TTL only', async () => {
    const cache = replica()
    let calls = 0
    const missing = async (): Promise<string> => {
      calls++
      throw notFound('upstream.not_found')
    }
    const negative = { ...ttl, negativeTtlMs: 500 }
    await expect(cache.get('gone', missing, negative)).rejects.toMatchObject({ kind: 'NotFound' })
    await expect(cache.get('gone', missing, negative)).rejects.toMatchObject({ kind: 'NotFound' })
    expect(calls).toBe(1)
    clock += 501
    await expect(cache.get('gone', missing, negative)).rejects.toMatchObject({ kind: 'NotFound' })
    expect(calls).toBe(2)
  })

  it('reads many keys with one MGET and loads the missing ones with one call', async () => {
    const cache = replica()
    const probe = createRedis(server.url, 'probe')
    clients.push(probe)
    await cache.getMany(['a', 'b'], async (keys) => new Map(keys.map((k) => [k, k.toUpperCase()])), ttl)
    cache.clearLocal()
    const mgetsBefore = await commandCalls(probe, 'mget')
    const batches: string[][] = []
    const result = await cache.getMany(
      ['a', 'b', 'c', 'd', 'a'],
      async (keys) => {
        batches.push(keys)
        return new Map(keys.map((k) => [k, k.toUpperCase()]))
      },
      ttl,
    )
    expect(await commandCalls(probe, 'mget')).toBe(mgetsBefore + 1)
    expect(batches).toEqual([['c', 'd']])
    expect([...result.entries()]).toEqual([
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
      ['d', 'D'],
    ])
  })

  it('releases a lock only for its holder', async () => {
    const redis = createRedis(server.url, 'lock-test')
    clients.push(redis)
    const mine = await acquireLock(redis, 'lock:x', 100)
    expect(mine).not.toBeNull()
    expect(await acquireLock(redis, 'lock:x', 100)).toBeNull()
    expect(await releaseLock(redis, { key: 'lock:x', token: 'someone-else' })).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 150))
    const theirs = await acquireLock(redis, 'lock:x', 5_000)
    expect(theirs).not.toBeNull()
    // Our lock expired and was taken: releasing ours must not delete theirs.
    expect(await releaseLock(redis, mine!)).toBe(false)
    expect(await redis.get('lock:x')).toBe(theirs!.token)
    expect(await releaseLock(redis, theirs!)).toBe(true)
  })

  it('keeps answering from L1 when Redis stops mid-test, and uses Redis again when it returns', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      const cache = replica()
      expect(await cache.get('k', async () => 'cached', ttl)).toBe('cached')
      await server.stop()
      expect(await cache.get('k', async () => 'reloaded', ttl)).toBe('cached')
      expect(await cache.get('other', async () => 'local only', ttl)).toBe('local only')
      clock += ttl.softTtlMs + 1
      expect(await cache.get('k', async () => 'refreshed', ttl)).toBe('cached')
      await until(async () => (await cache.get('k', async () => 'refreshed', ttl)) === 'refreshed')

      await server.start()
      const redis = clients[clients.length - 1]!
      await until(async () => redis.status === 'ready')
      await cache.get('after', async () => 'back', ttl)
      const probe = createRedis(server.url, 'probe')
      clients.push(probe)
      expect(await probe.get(`${prefix}after`)).toContain('"back"')
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })
})

