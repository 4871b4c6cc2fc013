// The Gamma client against a live upstream: pagination by the real page cap (keyset and offset fallback),
// open/settled separation, 429 bursts, timeouts, 5xx, malformed bodies and the concurrency cap.
import { afterEach, describe, expect, it } from 'vitest'

import { AppError, isAppError } from '@/errors'
import { createGammaClient, type GammaClientOptions } from '@/markets/gamma/client'
import type { GammaEvent } from '@/markets/gamma/types'
import { REPLAY_FIXTURE_EVENT_COUNT, REPLAY_TAGS } from '@replay/data/catalog'
import { startReplay } from '@replay/server'
import type { PageCaps, ReplayServer } from '@replay/types'

const FIXTURE_TAG = REPLAY_TAGS.replayFixture137.id

const servers: ReplayServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()))
})

async function upstream(options: { caps?: Partial<PageCaps>; latencyMs?: number; rateLimits?: { windowMs: number; events: number } } = {}) {
  const server = await startReplay({ port: 0, shiftDates: false, ...options })
  servers.push(server)
  return server
}

/** A client on the server with fast, deterministic retries (no real backoff waits unless a test wants them). */
function clientFor(server: ReplayServer, options: Partial<GammaClientOptions> = {}) {
  return createGammaClient({ baseUrl: server.url, random: () => 0, backoffBaseMs: 1, ...options })
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`)
  return error
}

const ids = (events: GammaEvent[]) => events.map((event) => event.id)
/** Pages needed to learn a list of n is complete: full pages, then a short (possibly empty) one. */
const pagesFor = (n: number, cap: number) => Math.floor(n / cap) + 1
const fixture = { tagIds: [FIXTURE_TAG] }

describe('Gamma client pagination', () => {
  async function expectAll137(server: ReplayServer, client: ReturnType<typeof clientFor>) {
    const open = await client.listEvents({ ...fixture, closed: false })
    const settled = await client.listEvents({ ...fixture, closed: true })
    expect(open.every((event) => !event.closed)).toBe(true)
    expect(settled.every((event) => event.closed)).toBe(true)
    expect(open.length).toBeGreaterThan(0)
    expect(settled.length).toBeGreaterThan(0)
    expect(open.length + settled.length).toBe(REPLAY_FIXTURE_EVENT_COUNT)
    expect(new Set([...ids(open), ...ids(settled)]).size).toBe(REPLAY_FIXTURE_EVENT_COUNT)
    return { open, settled, counters: server.counters() }
  }

  it('walks the keyset list to all 137 events at the default cap of 100', async () => {
    const server = await upstream()
    await expectAll137(server, clientFor(server))
  })

  it('walks the keyset list with caps of 50 on both sides (3+ pages, each page full until the last)', async () => {
    const caps = { events: 50, keyset: 50 }
    const server = await upstream({ caps })
    const client = clientFor(server, { caps })
    const { open, settled, counters } = await expectAll137(server, client)
    expect(counters.calls['/events/keyset']).toBe(pagesFor(open.length, 50) + pagesFor(settled.length, 50))
    expect(counters.calls['/events/keyset']).toBeGreaterThanOrEqual(3)

    // Asking for more than the cap: the upstream clamps silently, the cursor still leads through every page.
    server.resetCounters()
    const overAsking = clientFor(server, { caps: { events: 50, keyset: 500 } })
    expect(ids(await overAsking.listEvents({ ...fixture, closed: false }))).toEqual(ids(open))
    expect(server.counters().calls['/events/keyset']).toBe(pagesFor(open.length, 50))
  })

  it.each([
    ['the default caps of 100', { events: 100, keyset: 100 }],
    ['caps of 50', { events: 50, keyset: 50 }],
  ])('falls back to the offset list when keyset answers 503, with %s', async (_, caps) => {
    const server = await upstream({ caps })
    server.setFaults([{ path: '/events/keyset', status: 503 }])
    const client = clientFor(server, { caps })
    const { open, settled, counters } = await expectAll137(server, client)
    // The keyset endpoint was tried once (with its retries), then skipped for the second list.
    expect(counters.calls['/events/keyset']).toBe(3)
    expect(counters.calls['/events']).toBe(pagesFor(open.length, caps.events) + pagesFor(settled.length, caps.events))
  })

  it('never stops an offset walk early because the upstream clamped the requested limit', async () => {
    const caps = { events: 50, keyset: 50 }
    const server = await upstream({ caps })
    server.setFaults([{ path: '/events/keyset', status: 503 }])
    const client = clientFor(server, { caps })
    const all = await client.listEvents({ ...fixture, closed: false })
    const settled = await client.listEvents({ ...fixture, closed: true })
    expect(all.length + settled.length).toBe(REPLAY_FIXTURE_EVENT_COUNT)
  })

  it('keeps open and settled apart: closed=true only settled, closed=false never a settled one', async () => {
    const server = await upstream()
    const client = clientFor(server)
    const settled = await client.listEvents({ closed: true, ...fixture })
    const open = await client.listEvents({ closed: false, ...fixture })
    expect(settled.length).toBeGreaterThan(0)
    expect(settled.every((event) => event.closed)).toBe(true)
    expect(open.some((event) => event.closed)).toBe(false)
    expect(ids(open).filter((id) => ids(settled).includes(id))).toEqual([])
  })
})

describe('Gamma client resilience', () => {
  it('absorbs a burst of 429s by honouring Retry-After, with a bounded number of upstream calls', async () => {
    const server = await upstream()
    server.setFaults([{ path: '/events/keyset', status: 429, retryAfterSeconds: 1, times: 3 }])
    const client = clientFor(server, { retries: 3 })
    const started = Date.now()
    const open = await client.listEvents({ ...fixture, closed: false })
    expect(open.length).toBeGreaterThan(0)
    const calls = server.counters().calls['/events/keyset'] ?? 0
    // 3 refused attempts + the pages of the list (one page at the default cap), nothing more.
    expect(calls).toBe(3 + 1)
    expect(client.counters()).toMatchObject({ rateLimited: 3, retries: 3 })
    // Retry-After was honoured (a bound, not a performance claim).
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 1000 - 50)
  })

  it('ends a permanent 429 in RateLimited with the upstream status, after a bounded number of calls', async () => {
    const server = await upstream()
    server.setFaults([{ path: '/events/keyset', status: 429, retryAfterSeconds: 1 }])
    const client = clientFor(server, { retries: 2 })
    const error = await caught(client.listEvents({ ...fixture, closed: false }))
    expect(error.kind).toBe('RateLimited')
    expect(error.code).toBe('upstream.rate_limited')
    expect(error.context).toMatchObject({ status: 429, path: '/events/keyset' })
    expect(error.retryAfterSeconds).toBe(1)
    expect(server.counters().calls['/events/keyset']).toBe(3)
  })

  it('does not retry a 429 whose Retry-After exceeds the cap; it reports the wait instead', async () => {
    const server = await upstream()
    server.setFaults([{ path: '/tags', status: 429, retryAfterSeconds: 30 }])
    const client = clientFor(server)
    const error = await caught(client.listTags())
    expect(error).toMatchObject({ kind: 'RateLimited', retryAfterSeconds: 30 })
    expect(server.counters().calls['/tags']).toBe(1)
    // The endpoint is held back: the next call fails fast without reaching the upstream.
    const again = await caught(client.listTags())
    expect(again.kind).toBe('RateLimited')
    expect(server.counters().calls['/tags']).toBe(1)
  })

  it('turns a hung upstream into upstream.timeout within its limit', async () => {
    const server = await upstream()
    server.setFaults([{ hang: true }])
    const client = clientFor(server, { timeoutMs: 200 })
    const started = Date.now()
    const error = await caught(client.getEventBySlug('nba-bos-mia-2026-06-20'))
    const elapsed = Date.now() - started
    expect(error.kind).toBe('UpstreamUnavailable')
    expect(error.code).toBe('upstream.timeout')
    expect(error.context).toMatchObject({ path: '/events/slug/nba-bos-mia-2026-06-20', timeoutMs: 200 })
    expect(elapsed).toBeLessThan(200 + 1_000)
    expect(client.counters().timeouts).toBe(1)
  })

  it('retries 5xx, then fails with UpstreamUnavailable carrying the status', async () => {
    const server = await upstream()
    server.setFaults([{ path: '/events/keyset', status: 502 }])
    const client = clientFor(server, { retries: 2 })
    const error = await caught(client.listEvents({ ...fixture, closed: false }))
    expect(error).toMatchObject({ kind: 'UpstreamUnavailable', code: 'upstream.unavailable' })
    expect(error.context).toMatchObject({ status: 502, path: '/events/keyset' })
    expect(server.counters().calls['/events/keyset']).toBe(3)
  })

  it('recovers when a 5xx is transient', async () => {
    const server = await upstream()
    server.setFaults([{ path: '/events/keyset', status: 500, times: 1 }])
    const client = clientFor(server)
    expect((await client.listEvents({ ...fixture, closed: true })).length).toBeGreaterThan(0)
    expect(client.counters().retries).toBe(1)
  })

  it('reports a malformed body as upstream.malformed after one retry at most', async () => {
    const server = await upstream()
    server.setFaults([{ path: '/events/keyset', malformed: true }])
    const client = clientFor(server, { retries: 5 })
    const error = await caught(client.listEvents({ ...fixture, closed: false }))
    expect(error).toMatchObject({ kind: 'UpstreamUnavailable', code: 'upstream.malformed' })
    expect(server.counters().calls['/events/keyset']).toBe(2)
  })

  it('maps a missing event to NotFound', async () => {
    const server = await upstream()
    const error = await caught(clientFor(server).getEventBySlug('does-not-exist'))
    expect(error).toMatchObject({ kind: 'NotFound', code: 'upstream.not_found' })
    expect(isAppError(error, 'NotFound')).toBe(true)
  })

  it('holds the concurrency cap: 30 concurrent calls never put more than the cap in flight', async () => {
    const server = await upstream({ latencyMs: 30 })
    const client = clientFor(server, { concurrency: 4 })
    // Each list is one keyset page at the default cap, so 30 lists are 30 upstream calls.
    await Promise.all(Array.from({ length: 30 }, () => client.listEvents({ ...fixture, closed: false })))
    const counters = server.counters()
    expect(counters.total).toBe(30)
    expect(counters.maxInFlight).toBeLessThanOrEqual(4)
    expect(counters.maxInFlight).toBeGreaterThan(1)
  })

  it('stays inside its rate window, so an upstream enforcing a (higher) limit never answers 429', async () => {
    // Client 2 per 500 ms against an upstream allowing 4: the margin absorbs network jitter, as the real
    // configuration sits below Gamma's documented limits.
    const server = await upstream({ rateLimits: { windowMs: 500, events: 4 } })
    const client = clientFor(server, { rateLimits: { windowMs: 500, events: 2 }, retries: 0 })
    const events = await Promise.all(Array.from({ length: 8 }, () => client.getEventBySlug('nba-bos-mia-2026-06-20')))
    expect(events).toHaveLength(8)
    expect(client.counters()).toMatchObject({ rateLimited: 0, calls: { 'events.bySlug': 8 } })
    expect(server.counters().calls['/events/slug/nba-bos-mia-2026-06-20']).toBe(8)
  })
})
