// What a miss costs in Redis around its upstream call, through the routes and the app's root on a Redis of its own:
// a distinct-key search, or an event page nobody asked for lately, counts its client, reads the cache, takes the
// refresh lock and spends the upstream budget for its call in one round trip. Over the limit it is refused with nothing read, locked, loaded or cached; without
// Redis it is still served and still limited.
import diagnostics from 'node:diagnostics_channel'

import type { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as getEvent } from '@/app/api/v1/events/[slug]/route'
import { GET } from '@/app/api/v1/search/route'
import { env, resetEnvCache } from '@/config/env'
import { installServices } from '@/root'
import { seedDemoContent } from '@/seed/demoContent'
import { createServices, type Services } from '@/services'
import { type FullReplayServer, startReplay } from '@replay/server'

import { closePayload, testPayload } from '../../support/payload'
import { recordRoundTrips, type RoundTrip } from '../../support/redisCount'
import { type PrivateRedis, privateRedis } from '../../support/redisServer'
import { until } from '../../support/wait'

const CLIENT_HEADER = 'x-playbook-client-ip'

describe('misses through the routes', () => {
  let payload: Payload
  let replay: FullReplayServer
  let server: PrivateRedis
  let services: Services
  let redis: Redis
  const saved = { GAMMA_URL: process.env.GAMMA_URL, REDIS_URL: process.env.REDIS_URL }
  let queries = 0

  const search = (client: string, q = `distinct ${++queries}`) =>
    GET(new Request(`http://app.test/api/v1/search?q=${encodeURIComponent(q)}`, { headers: { [CLIENT_HEADER]: client } }), undefined as never)
  const searchCalls = () => replay.counters().calls['/public-search'] ?? 0
  /** Every count of `client`'s searches in Redis, whichever windows they fell in. */
  const countedInRedis = async (client: string) => {
    const keys = await redis.keys(`${services.config.REDIS_KEY_PREFIX}rl:search:${client}:*`)
    return (await Promise.all(keys.map((key) => redis.get(key)))).reduce((sum, value) => sum + Number(value), 0)
  }

  /** Waits for a fresh 10 s limit window when little of this one is left, so a test's counts fall in one window. */
  const earlyInWindow = async () => {
    const left = 10_000 - (Date.now() % 10_000)
    if (left < 3_000) await new Promise((resolve) => setTimeout(resolve, left))
  }

  /** The Redis round trips `work` makes before its first upstream call, and after it. */
  async function beforeUpstream<T>(work: () => Promise<T>): Promise<{ result: T; trips: RoundTrip[]; after: RoundTrip[]; upstream: boolean }> {
    const recorder = recordRoundTrips(redis)
    let tripsBefore: number | undefined
    const onRequest = () => (tripsBefore ??= recorder.trips.length)
    diagnostics.subscribe('undici:request:create', onRequest)
    try {
      const result = await work()
      const upstream = tripsBefore !== undefined
      return { result, trips: recorder.trips.slice(0, tripsBefore ?? recorder.trips.length), after: upstream ? recorder.trips.slice(tripsBefore) : [], upstream }
    } finally {
      diagnostics.unsubscribe('undici:request:create', onRequest)
      recorder.stop()
    }
  }

  beforeAll(async () => {
    replay = await startReplay({ port: 0, shiftDates: false })
    server = await privateRedis()
    process.env.GAMMA_URL = replay.url
    process.env.REDIS_URL = server.url
    resetEnvCache()
    payload = await testPayload()
    await seedDemoContent(payload)
    services = installServices(createServices({ config: env(), payload: async () => payload, listen: false }))
    // Nothing but the requests under test talks to Redis: no live refresh ticks, no watch leases.
    services.refresher.stop()
    services.watches.stop()
    redis = services.redis!
    // A first search builds the snapshot, warms the tournament's lists and loads the scripts.
    expect((await search('192.0.2.1', 'warm up')).status).toBe(200)
  })

  afterAll(async () => {
    process.env.GAMMA_URL = saved.GAMMA_URL
    process.env.REDIS_URL = saved.REDIS_URL
    resetEnvCache()
    await services?.close()
    await closePayload(payload)
    await server?.stop()
    await replay?.stop()
  })

  it('makes one Redis round trip before its upstream call (count, cache read, lock and upstream budget), and one after (store and unlock)', async () => {
    await earlyInWindow()
    const client = '192.0.2.10'
    const before = searchCalls()
    const spentBefore = await redis.zcard(`${services.config.REDIS_KEY_PREFIX}upstream:publicSearch:user`)
    const { result: response, trips, after, upstream } = await beforeUpstream(() => search(client))
    expect(response.status).toBe(200)
    expect(upstream).toBe(true)
    expect(searchCalls() - before).toBe(1)
    console.log(`cold search, Redis round trips before its upstream call: ${trips.map((trip) => trip.commands.map((command) => command.name).join('+')).join(', ')}`)
    const prefix = services.config.REDIS_KEY_PREFIX
    // The request's one round trip: one script over the search's entry, its lock, the client's counter and the
    // upstream budget's windows, in which the call is recorded once (the transport does not record it again).
    const [read, ...more] = trips
    expect(read!.commands).toHaveLength(1)
    expect(read!.commands[0]!.name).toBe('evalsha')
    const keys = read!.commands[0]!.args.slice(2, 2 + Number(read!.commands[0]!.args[1])).map(String)
    expect(keys).toEqual([
      expect.stringMatching(`^${prefix}market:(?!lock:).*:search:.*distinct`),
      expect.stringMatching(`^${prefix}market:lock:.*:search:.*distinct`),
      `${prefix}rl:search:${client}:${Math.floor(Date.now() / 10_000)}`,
      `${prefix}upstream:publicSearch`,
      `${prefix}upstream:overall`,
      `${prefix}upstream:publicSearch:user`,
      `${prefix}upstream:overall:user`,
    ])
    expect(more).toEqual([])
    expect(await redis.zcard(`${prefix}upstream:publicSearch:user`)).toBe(spentBefore + 1)
    // After it, one round trip before the response: the entry stored and the lock released together.
    expect(after.map((trip) => trip.commands.map((command) => command.name))).toEqual([['evalsha']])
    expect(after[0]!.commands[0]!.args.slice(2, 4)).toEqual([keys[0], keys[1]])
    expect(await redis.exists(keys[1]!)).toBe(0)
    expect(await countedInRedis(client)).toBe(1)
  })

  it('counts each search of a client once, whether a miss, a response-cache hit or a build it joined', async () => {
    await earlyInWindow()
    const client = '192.0.2.11'
    expect((await search(client, 'counted once')).status).toBe(200)
    expect(await countedInRedis(client)).toBe(1)
    // The same query again is a hit in the response cache: no cache read carries the count, so it is made alone.
    const { result: hit, trips } = await beforeUpstream(() => search(client, 'counted once'))
    expect(hit.headers.get('x-cache')).toBe('hit')
    expect(trips.map((trip) => trip.commands.map((command) => command.name))).toEqual([['multi', 'incrby', 'pexpire', 'exec']])
    expect(await countedInRedis(client)).toBe(2)
    // Five at once of a new query: one builds, four join its build; each is counted once, one upstream call.
    const before = searchCalls()
    const responses = await Promise.all(Array.from({ length: 5 }, () => search(client, 'joined build')))
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200])
    expect(searchCalls() - before).toBe(1)
    expect(await countedInRedis(client)).toBe(7)
  })

  it('over the limit: 429 search.rate_limited, counted once, and nothing read, locked, spent, loaded or cached', async () => {
    const client = '192.0.2.12'
    const prefix = services.config.REDIS_KEY_PREFIX
    // The client has used its 120 searches in this window (and in the next, should the window turn meanwhile).
    const window = Math.floor(Date.now() / 10_000)
    for (const w of [window, window + 1]) await redis.set(`${prefix}rl:search:${client}:${w}`, 120, 'PX', 30_000)
    const entriesBefore = (await redis.keys(`${prefix}market:*`)).sort()
    const spent = await redis.zcard(`${prefix}upstream:publicSearch:user`)
    const calls = searchCalls()
    const cached = services.responses.size

    const { result: response, trips } = await beforeUpstream(() => search(client, 'over the limit'))
    expect(response.status).toBe(429)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await response.json()).toMatchObject({ status: 429, code: 'search.rate_limited' })
    // One round trip, the script, which stopped at the count: no read, no lock.
    expect(trips.map((trip) => trip.commands.map((command) => command.name))).toEqual([['evalsha']])
    expect(await countedInRedis(client)).toBe(241)
    expect((await redis.keys(`${prefix}market:*`)).sort()).toEqual(entriesBefore)
    expect(await redis.zcard(`${prefix}upstream:publicSearch:user`)).toBe(spent)
    expect(searchCalls()).toBe(calls)
    expect(services.responses.size).toBe(cached)
    // Another client searching the same query is served, and builds it itself.
    expect((await search('192.0.2.13', 'over the limit')).status).toBe(200)
    expect(searchCalls()).toBe(calls + 1)
  })

  it('a client under its limit joining an over-limit client’s build is served, not refused', async () => {
    const flooder = '192.0.2.14'
    const prefix = services.config.REDIS_KEY_PREFIX
    const window = Math.floor(Date.now() / 10_000)
    for (const w of [window, window + 1]) await redis.set(`${prefix}rl:search:${flooder}:${w}`, 120, 'PX', 30_000)
    const q = 'shared query'
    // The flooder's request starts the build; the other joins it before its refusal comes back from Redis.
    const [refused, served] = await Promise.all([search(flooder, q), search('192.0.2.15', q)])
    expect(refused.status).toBe(429)
    expect(served.status).toBe(200)
    expect(await countedInRedis('192.0.2.15')).toBe(1)
  })

  it('with Redis down, still serves searches, and still refuses the 121st of a client (counted in this process)', async () => {
    await earlyInWindow()
    await server.stop()
    try {
      const before = searchCalls()
      expect((await search('192.0.2.16', 'redis down')).status).toBe(200)
      expect(searchCalls() - before).toBe(1)
      const statuses: number[] = []
      for (let i = 0; i < 120; i++) statuses.push((await search('192.0.2.16', 'redis down')).status)
      expect(statuses.slice(0, 119).every((status) => status === 200)).toBe(true)
      expect(statuses[119]).toBe(429)
    } finally {
      await server.start()
      await until(async () => redis.status === 'ready')
    }
  })
  describe('an event page', () => {
    const event = (client: string, slug: string) => getEvent(new Request(`http://app.test/api/v1/events/${slug}`, { headers: { [CLIENT_HEADER]: client } }), { params: Promise.resolve({ slug }) })
    const countedMisses = async (client: string) => {
      const keys = await redis.keys(`${services.config.REDIS_KEY_PREFIX}rl:miss:${client}:*`)
      return (await Promise.all(keys.map((key) => redis.get(key)))).reduce((sum, value) => sum + Number(value), 0)
    }

    it('a miss makes one round trip before its upstream call (its miss count, the cache read and the lock); a hit counts nothing', async () => {
      await earlyInWindow()
      const client = '192.0.2.20'
      const prefix = services.config.REDIS_KEY_PREFIX
      const { result: response, trips, upstream } = await beforeUpstream(() => event(client, 'nba-bos-mia-2026-06-20'))
      expect(response.status).toBe(200)
      expect(upstream).toBe(true)
      const [read, ...more] = trips
      expect(read!.commands.map((command) => command.name)).toEqual(['evalsha'])
      const keys = read!.commands[0]!.args.slice(2, 2 + Number(read!.commands[0]!.args[1])).map(String)
      expect(keys).toEqual([
        expect.stringMatching(`^${prefix}market:(?!lock:).*eventBySlug`),
        expect.stringMatching(`^${prefix}market:lock:.*eventBySlug`),
        expect.stringMatching(`^${prefix}rl:miss:${client}:`),
        `${prefix}upstream:events`,
        `${prefix}upstream:overall`,
        `${prefix}upstream:events:user`,
        `${prefix}upstream:overall:user`,
      ])
      expect(more).toEqual([])
      expect(await countedMisses(client)).toBe(1)
      // The same page again is a response-cache hit: nothing counted, nothing asked of Redis.
      const { result: hit, trips: hitTrips } = await beforeUpstream(() => event(client, 'nba-bos-mia-2026-06-20'))
      expect(hit.headers.get('x-cache')).toBe('hit')
      expect(hitTrips).toEqual([])
      expect(await countedMisses(client)).toBe(1)
    })

    it('over the miss limit: 429 miss.rate_limited, and nothing read, locked or loaded', async () => {
      const client = '192.0.2.21'
      const prefix = services.config.REDIS_KEY_PREFIX
      const window = Math.floor(Date.now() / 10_000)
      for (const w of [window, window + 1]) await redis.set(`${prefix}rl:miss:${client}:${w}`, services.config.CLIENT_MISS_LIMIT, 'PX', 30_000)
      const entriesBefore = (await redis.keys(`${prefix}market:*`)).sort()
      const calls = replay.counters().total
      const { result: response, trips } = await beforeUpstream(() => event(client, 'no-such-event-anywhere'))
      expect(response.status).toBe(429)
      expect(await response.json()).toMatchObject({ status: 429, code: 'miss.rate_limited' })
      expect(trips.map((trip) => trip.commands.map((command) => command.name))).toEqual([['evalsha']])
      expect((await redis.keys(`${prefix}market:*`)).sort()).toEqual(entriesBefore)
      expect(replay.counters().total).toBe(calls)
    })
  })
})
