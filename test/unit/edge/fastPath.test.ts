// The fast path answers a warm hit in one writeHead: the entry's header block, the request's trace id, CORS for an
// allowed origin, 304 on a matching ETag; any request it cannot answer from the cache goes on (returns false).
import { describe, expect, it } from 'vitest'

import { serveFastPath } from '@/edge/fastPath'
import { cachedJson } from '@/http/cachedJson'
import { ResponseCache } from '@/http/responseCache'
import { RequestDurations } from '@/metrics/http'

const FRESH = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 30 }

function request(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return { method, url, headers, socket: { remoteAddress: '10.0.0.1' } } as never
}

function response() {
  const sent: { status?: number; headers: Record<string, string>; body?: string; writes: number } = { headers: {}, writes: 0 }
  const res = {
    writeHead(status: number, block: string[]) {
      sent.writes++
      sent.status = status
      for (let i = 0; i < block.length; i += 2) sent.headers[block[i]!] = block[i + 1]!
      return { end: (body?: Buffer) => (sent.body = body?.toString()) }
    },
  }
  return { res: res as never, sent }
}

async function warmed(url = '/api/v1/explore?b=2&a=1') {
  const cache = new ResponseCache()
  await cachedJson(cache, new Request(`http://app${url}`), FRESH, async () => ({ view: { tags: ['nba'] }, stale: false, configVersion: 7 }))
  return cache
}

const edge = (durations = new RequestDurations()) => ({ corsOrigins: new Set(['https://partner.example']), durations: () => durations, country: () => null, client: () => '10.0.0.1' })

describe('serveFastPath', () => {
  it('answers a hit with the entry’s headers, its config version and a trace id, in one write', async () => {
    const cache = await warmed()
    const { res, sent } = response()
    // The query in another order is the same request.
    expect(serveFastPath(cache, request('/api/v1/explore?a=1&b=2'), res, edge())).toBe(true)
    expect(sent).toMatchObject({ status: 200, writes: 1, body: '{"tags":["nba"]}' })
    expect(sent.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8', 'x-cache': 'hit', 'x-config-version': '7', 'content-length': '16' })
    expect(sent.headers['x-trace-id']).toMatch(/^[\da-f]{32}$/)
    expect(sent.headers.etag).toMatch(/^"[\w-]{32}"$/)
    expect(sent.headers['access-control-allow-origin']).toBeUndefined()
    expect(cache.counters.fastPathHits).toBe(1)
  })

  it('continues the caller’s trace, answers 304 on a matching ETag, and adds CORS for an allowed origin only', async () => {
    const cache = await warmed()
    const first = response()
    serveFastPath(cache, request('/api/v1/explore?a=1&b=2'), first.res, edge())
    const traceId = 'ab'.repeat(16)
    const again = response()
    const headers = { 'if-none-match': first.sent.headers.etag!, traceparent: `00-${traceId}-${'cd'.repeat(8)}-01`, origin: 'https://partner.example' }
    expect(serveFastPath(cache, request('/api/v1/explore?a=1&b=2', headers), again.res, edge())).toBe(true)
    expect(again.sent.status).toBe(304)
    expect(again.sent.body).toBeUndefined()
    expect(again.sent.headers).toMatchObject({ 'x-trace-id': traceId, 'access-control-allow-origin': 'https://partner.example', etag: first.sent.headers.etag })
    expect(cache.counters.notModified).toBe(1)
    const foreign = response()
    serveFastPath(cache, request('/api/v1/explore?a=1&b=2', { origin: 'https://evil.example' }), foreign.res, edge())
    expect(foreign.sent.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('observes each hit once in the request durations, by route template', async () => {
    const cache = await warmed('/api/v1/events/nba-final')
    const durations = new RequestDurations()
    serveFastPath(cache, request('/api/v1/events/nba-final'), response().res, edge(durations))
    expect(durations.drain()).toMatchObject([{ labels: { route: '/api/v1/events/{slug}', method: 'GET', status: '2xx' }, count: 1 }])
  })

  it('passes on what it cannot answer: a miss, another method, another prefix, an over-long target', async () => {
    const cache = await warmed()
    expect(serveFastPath(cache, request('/api/v1/explore?a=1&b=3'), response().res)).toBe(false)
    expect(serveFastPath(cache, request('/api/v1/explore?a=1&b=2', {}, 'POST'), response().res)).toBe(false)
    expect(serveFastPath(cache, request('/api/explore-tags'), response().res)).toBe(false)
    expect(serveFastPath(cache, request(`/api/v1/explore?a=1&b=2&pad=${'x'.repeat(5_000)}`), response().res)).toBe(false)
    expect(serveFastPath(undefined, request('/api/v1/explore?a=1&b=2'), response().res)).toBe(false)
    expect(cache.counters.fastPathHits).toBe(0)
  })
})
