// The market store over the replay upstream and a real Redis: two store instances stand for two replicas.
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SwrCache } from '@/cache/swr'
import { RateLimiter } from '@/http/rateLimit'
import { createGammaClient } from '@/markets/gamma/client'
import { REPLAY_FIXTURE_EVENT_COUNT, REPLAY_TAGS, WORLD_CUP_2026 } from '@replay/data/catalog'
import { type FullReplayServer, startReplay } from '@replay/server'
import { MarketStore } from '@/markets/store'
import { createRedis } from '@/redis/connect'

describe('market store', () => {
  let replay: FullReplayServer
  const redisClients: Redis[] = []
  let replicas: MarketStore[]

  const newReplicas = (prefix: string) =>
    [0, 1].map(() => {
      const redis = createRedis(process.env.REDIS_URL!, 'store-test')
      redisClients.push(redis)
      return new MarketStore(createGammaClient({ baseUrl: replay.url }), new SwrCache({ redis, prefix }))
    })

  beforeAll(async () => {
    replay = await startReplay({ port: 0, shiftDates: false, latencyMs: 20 })
    replicas = newReplicas(`pb:test:${process.pid}:store:`)
  })

  afterAll(async () => {
    for (const client of redisClients) client.disconnect()
    await replay.stop()
  })

  it('loads an event once for 200 concurrent gets across two replicas', async () => {
    const slug = (await replicas[0]!.client.listEvents({ closed: false, tagIds: [WORLD_CUP_2026.tagId] }))[0]!.slug
    replay.resetCounters()
    const gets = Array.from({ length: 200 }, (_, i) => replicas[i % 2]!.eventBySlug(slug))
    const events = await Promise.all(gets)
    expect(new Set(events.map((event) => event.slug))).toEqual(new Set([slug]))
    expect(replay.counters().calls[`/events/slug/${slug}`]).toBe(1)
  })

  it('searches once for 100 concurrent misses of one query across two replicas, each request counted once in its read', async () => {
    const prefix = `pb:test:${process.pid}:${Date.now()}:`
    const limiters = [new RateLimiter(redisClients[0]!, prefix), new RateLimiter(redisClients[1]!, prefix)]
    const rule = { name: 'search', limit: 1_000, windowMs: 60_000 } as const
    replay.resetCounters()
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => {
        const admission = limiters[i % 2]!.admission(rule, `client-${i % 10}`)
        return admission.run(() => replicas[i % 2]!.search('stampede query', {}, { stale: false, admission }))
      }),
    )
    expect(new Set(results.map((result) => JSON.stringify(result)))).toHaveProperty('size', 1)
    expect(replay.counters().calls['/public-search']).toBe(1)
    // Per client, whichever windows its requests fell in.
    const counted = new Map<string, number>()
    for (const key of await redisClients[0]!.keys(`${prefix}rl:search:*`)) {
      const client = key.split(':').at(-2)!
      counted.set(client, (counted.get(client) ?? 0) + Number(await redisClients[0]!.get(key)))
    }
    expect(Object.fromEntries(counted)).toEqual(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`client-${i}`, 10])))
  })

  it('lists all 137 events of a tag, open and settled, and keeps the two apart', async () => {
    const [store] = replicas
    const tagIds = [REPLAY_TAGS.replayFixture137.id]
    const open = await store!.events({ closed: false, tagIds })
    const settled = await store!.events({ closed: true, tagIds })
    expect(open.every((event) => !event.closed)).toBe(true)
    expect(settled.every((event) => event.closed)).toBe(true)
    const both = await store!.eventsForAll([
      { closed: false, tagIds },
      { closed: true, tagIds },
    ])
    expect(both).toHaveLength(REPLAY_FIXTURE_EVENT_COUNT)
    expect(open.length + settled.length).toBe(REPLAY_FIXTURE_EVENT_COUNT)
  })

  it('knows the upstream tag ids', async () => {
    const ids = await replicas[0]!.tagIds()
    expect(ids.has(REPLAY_TAGS.bitcoin.id)).toBe(true)
    expect(ids.has(424_242)).toBe(false)
  })
})
