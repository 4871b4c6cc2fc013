// Per-client limits at the edge of a production boot behind a trusted proxy: the client is the X-Forwarded-For hop
// the proxy appended (never a header from an untrusted peer), and live streams are capped per client and per
// replica, refused with problem+json and Retry-After before a stream starts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type RunningApp, startApp } from '../support/app'

describe('per-client limits behind a trusted proxy', () => {
  let app: RunningApp
  const opened: AbortController[] = []
  // Held until the end: a response nobody references is collected, and its stream closed, by the fetch client.
  const held: Response[] = []

  beforeAll(async () => {
    app = await startApp({
      ...inject('appEnv'),
      REDIS_KEY_PREFIX: `pb:client-limits:${Date.now()}:`,
      // The test connects from 127.0.0.1, standing in for the load balancer.
      TRUSTED_PROXIES: '127.0.0.1',
      LIVE_STREAMS_PER_CLIENT: '2',
      LIVE_STREAMS_PER_REPLICA: '5',
      CLIENT_MISS_LIMIT: '30',
      PAYLOAD_REST_LIMIT: '5',
    })
  })
  afterAll(async () => {
    for (const controller of opened) controller.abort()
    await app?.stop()
  })

  const stream = async (forwardedFor: string) => {
    const controller = new AbortController()
    opened.push(controller)
    // Open streams stay open (they hold their slots) until the end of the file.
    const response = await fetch(`${app.url}/api/v1/live?topics=config`, { headers: { 'x-forwarded-for': forwardedFor }, signal: controller.signal })
    held.push(response)
    return response
  }

  it('caps live streams per client, the client read from X-Forwarded-For', async () => {
    expect((await stream('198.51.100.1')).status).toBe(200)
    // A forged left-most hop does not make another client: the proxy appended the real one.
    expect((await stream('6.6.6.6, 198.51.100.1')).status).toBe(200)
    const refused = await stream('7.7.7.7, 198.51.100.1')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('content-type')).toContain('application/problem+json')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toMatchObject({ code: 'live.too_many_streams' })
    // Another client behind the same proxy has its own streams.
    expect((await stream('198.51.100.2')).status).toBe(200)
  })

  it('limits reads of Payload’s REST API per client, whatever their depth', async () => {
    const read = (client: string) => fetch(`${app.url}/api/explore-tags?depth=2&limit=5`, { headers: { 'x-forwarded-for': client } })
    const statuses: number[] = []
    let refused: Response | undefined
    // Counted per fixed 10 s window: a run that straddles a window boundary may pass up to twice the limit.
    while (!refused && statuses.length <= 10) {
      const response = await read('198.51.100.7')
      statuses.push(response.status)
      if (response.status === 429) refused = response
      else await response.body?.cancel()
    }
    expect(statuses.indexOf(429)).toBeGreaterThanOrEqual(5)
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set([200]))
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused!.json()).toMatchObject({ code: 'payload.rate_limited' })
    expect((await read('198.51.100.8')).status).toBe(200)
  })

  it('refuses a flood of distinct unknown event slugs from one client before it spends the upstream budget', async () => {
    const replayUrl = inject('replayUrl')
    const lookups = async () => {
      const { calls } = (await (await fetch(`${replayUrl}/__replay/counters`)).json()) as { calls: Record<string, number> }
      return Object.entries(calls).reduce((sum, [path, n]) => (path.startsWith('/events/slug/no-such-event-') ? sum + n : sum), 0)
    }
    const before = await lookups()
    const statuses: number[] = []
    const started = Date.now()
    let refusedAt = 0
    for (let i = 0; i < 100; i++) {
      const response = await fetch(`${app.url}/api/v1/events/no-such-event-${Date.now()}-${i}`, { headers: { 'x-forwarded-for': '203.0.113.50' } })
      statuses.push(response.status)
      if (response.status === 429) {
        refusedAt ||= Date.now()
        expect(response.headers.get('content-type')).toContain('application/problem+json')
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
      }
      await response.body?.cancel()
    }
    const first = statuses.indexOf(429)
    // Counted per fixed 10 s window: each window the flood touched before its first refusal let at most 30 through
    // (two on a quick machine; a slow one may see a third).
    const windows = Math.floor((refusedAt - started) / 10_000) + 2
    expect(first).toBeGreaterThanOrEqual(30)
    expect(first).toBeLessThanOrEqual(30 * windows)
    expect(new Set(statuses.slice(0, first))).toEqual(new Set([404]))
    expect((await lookups()) - before).toBeLessThanOrEqual(30 * windows)
    // Another client is not affected, and the same unknown slug again is answered from the negative cache.
    expect((await fetch(`${app.url}/api/v1/events/no-such-event-x`, { headers: { 'x-forwarded-for': '203.0.113.51' } })).status).toBe(404)
  })

  it('caps live streams per replica with 503', async () => {
    expect((await stream('198.51.100.3')).status).toBe(200)
    expect((await stream('198.51.100.4')).status).toBe(200)
    const full = await stream('198.51.100.5')
    expect(full.status).toBe(503)
    expect(await full.json()).toMatchObject({ code: 'live.replica_full' })
    const metrics = await (await fetch(`${app.url}/api/metrics?format=json`, { headers: { authorization: `Bearer ${inject('appEnv').OPS_TOKEN}` } })).json()
    expect(metrics.live).toMatchObject({ openStreams: 5, refusedPerClient: 1, refusedPerReplica: 1 })
  })
})

describe('the search limit, through the route', () => {
  let app: RunningApp

  beforeAll(async () => {
    // Misses unlimited here, so what refuses the flood is the search limit itself (120 per client per 10 s).
    app = await startApp({ ...inject('appEnv'), REDIS_KEY_PREFIX: `pb:search-limit:${Date.now()}:`, TRUSTED_PROXIES: '127.0.0.1', CLIENT_MISS_LIMIT: '100000' })
  })
  afterAll(async () => app?.stop())

  it('refuses a client’s 121st search in a window with 429 search.rate_limited, and not another client’s', async () => {
    const search = (client: string, i: number) => fetch(`${app.url}/api/v1/search?q=${encodeURIComponent(`flood ${i}`)}`, { headers: { 'x-forwarded-for': client } })
    const statuses: number[] = []
    let refused: Response | undefined
    // Windows are fixed 10 s slots: start near the beginning of one, so the flood usually fits in it.
    await new Promise((resolve) => setTimeout(resolve, 10_000 - (Date.now() % 10_000)))
    for (let i = 0; i < 250 && !refused; i++) {
      const response = await search('203.0.113.70', i)
      statuses.push(response.status)
      if (response.status === 429) refused = response
      else await response.body?.cancel()
    }
    expect(refused, 'a 429 within 250 searches').toBeDefined()
    // The window may turn once during the flood, so the refusal comes after 120 searches and by 240 at the latest.
    expect(statuses.length).toBeGreaterThan(120)
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set([200]))
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused!.json()).toMatchObject({ status: 429, code: 'search.rate_limited' })
    expect((await search('203.0.113.71', 0)).status).toBe(200)
  })
})
