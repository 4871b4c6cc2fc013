// Postgres, Redis or the upstream failing under a running app (cut at a TCP relay between the app and the real
// service): the public API keeps serving what it has, health says degraded, admin writes fail without writing
// half, the app uses the service again when it returns, and what cannot be served is a prompt 503.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { REPLAY_TAGS } from '../../replay/data/catalog'
import { type RunningApp, startApp } from '../support/app'
import { openLiveStream } from '../support/liveStream'
import { staffToken } from '../support/staffToken'
import { startTcpRelay, type TcpRelay } from '../support/tcpRelay'

interface Health {
  status: string
  postgres: { status: string }
  redis: { status: string }
  content: { published: boolean }
}

describe('dependencies failing under a running app', () => {
  const appEnv = inject('appEnv')
  const replayUrl = inject('replayUrl')
  let postgres: TcpRelay
  let redis: TcpRelay
  let upstream: TcpRelay
  let app: RunningApp

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers })
  const ops = { authorization: `Bearer ${appEnv.OPS_TOKEN}` }
  const health = async () => (await (await get('/api/health', ops)).json()) as Health
  const eventually = async (check: () => Promise<boolean>, ms = 15_000) => {
    const deadline = Date.now() + ms
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('condition not met in time')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  beforeAll(async () => {
    postgres = await startTcpRelay(appEnv.DATABASE_URL!, 5432)
    redis = await startTcpRelay(appEnv.REDIS_URL!, 6379)
    upstream = await startTcpRelay(replayUrl, 80)
    app = await startApp({ ...appEnv, DATABASE_URL: postgres.url, REDIS_URL: redis.url, GAMMA_URL: upstream.url.replace(/\/$/, ''), REDIS_KEY_PREFIX: `pb:faults:${Date.now()}:` })
  })

  afterAll(async () => {
    await app?.stop()
    await postgres?.stop()
    await redis?.stop()
    await upstream?.stop()
  })

  it('serves the published content while Postgres is down, refuses admin writes, and recovers', async () => {
    const token = await staffToken(app.url, inject('admin'))
    const { docs } = (await (await get('/api/explore-tags?where[slug][equals]=finance&depth=0')).json()) as { docs: { id: number; label: string }[] }
    const finance = docs[0]!
    expect((await get('/api/v1/explore')).status).toBe(200)
    expect((await get('/api/v1/explore/bitcoin/events?limit=5')).status).toBe(200)

    postgres.cut()
    // A client variant not cached yet: answered by the route handler from the in-memory snapshot, not the cache.
    const android = await get('/api/v1/explore', { 'x-platform': 'android' })
    expect(android.status).toBe(200)
    expect(android.headers.get('x-cache')).not.toBe('hit')
    expect((await get('/api/v1/explore/bitcoin/events?limit=5')).status).toBe(200)
    const down = await get('/api/health', ops)
    expect(down.status).toBe(200)
    expect(await down.json()).toMatchObject({ status: 'degraded', postgres: { status: 'down' }, content: { published: true } })

    const write = await fetch(`${app.url}/api/explore-tags/${finance.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ label: 'Written while Postgres was down', _status: 'published' }),
    })
    expect(write.status).toBeGreaterThanOrEqual(400)

    postgres.restore()
    await eventually(async () => (await health()).postgres.status === 'ok')
    const after = (await (await get(`/api/explore-tags/${finance.id}?depth=0`)).json()) as { label: string }
    expect(after.label, 'nothing half-written').toBe(finance.label)
    expect(app.process.exitCode).toBeNull()
  })

  it('keeps answering while Redis is down, and uses Redis again when it returns', async () => {
    const events = (await (await fetch(`${replayUrl}/events?tag_id=${REPLAY_TAGS.ufc.id}&closed=false&limit=3`)).json()) as { slug: string }[]
    redis.cut()
    // Cached answers, and a cold event page that must be loaded from the upstream without the shared cache.
    const statuses = await Promise.all([
      get('/api/v1/explore'),
      get('/api/v1/explore/ufc/events?limit=5', { 'x-platform': 'web' }),
      ...events.map((event) => get(`/api/v1/events/${event.slug}`, { 'x-platform': 'android' })),
    ]).then((responses) => responses.map((response) => response.status))
    expect(statuses.every((status) => status === 200)).toBe(true)
    await eventually(async () => (await health()).redis.status === 'down')
    expect((await health()).status).toBe('degraded')

    redis.restore()
    await eventually(async () => (await health()).redis.status === 'ok', 30_000)
    expect((await get('/api/v1/explore/ufc/events?limit=5', { 'x-platform': 'ios' })).status).toBe(200)

    // Pub/sub (and the Postgres LISTEN cut in the test before) are back: a publish reaches this app's SSE clients.
    const token = await staffToken(app.url, inject('admin'))
    const { docs } = (await (await get('/api/explore-tags?where[slug][equals]=stocks&depth=0')).json()) as { docs: { id: number }[] }
    const live = await openLiveStream(`${app.url}/api/v1/live?topics=config`)
    const announced = live.until('config.published')
    const update = await fetch(`${app.url}/api/explore-tags/${docs[0]!.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ label: `Stocks ${Date.now()}`, _status: 'published' }),
    })
    expect(update.status).toBe(200)
    await Promise.race([announced, new Promise((_, reject) => setTimeout(() => reject(new Error('no config.published over SSE in 5 s')), 5_000))])
    live.close()
    expect(app.process.exitCode).toBeNull()
    expect(app.output()).not.toMatch(/unhandled|uncaught/i)
  })

  it('refuses nothing it has cached when the upstream refuses connections, and answers the rest 503 with Retry-After', async () => {
    expect((await get('/api/v1/explore/bitcoin/events?limit=5', { 'x-platform': 'ios' })).status).toBe(200)
    await upstream.stop() // the port is closed: connections are refused
    expect((await get('/api/v1/explore/bitcoin/events?limit=5', { 'x-platform': 'ios' })).status).toBe(200)
    const started = Date.now()
    const uncached = await get('/api/v1/events/an-event-nobody-asked-for')
    expect(uncached.status).toBe(503)
    expect(uncached.headers.get('content-type')).toBe('application/problem+json')
    expect(Number(uncached.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await uncached.json()) as { code: string }).code).toMatch(/^upstream\./)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(await health()).toMatchObject({ status: 'degraded' })
  })
})
