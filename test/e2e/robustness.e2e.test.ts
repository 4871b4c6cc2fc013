// Bad input never reaches a 5xx, every error is a valid problem+json; the upstream down gives a clear 503 in time;
// browser pages carry security headers.
import fc from 'fast-check'
import { afterEach, describe, expect, inject, it } from 'vitest'

import { problemSchema } from '../../src/http/problemSchema'
import { staffToken } from '../support/staffToken'

const baseUrl = inject('baseUrl')
const replayUrl = inject('replayUrl')

const routes = ['/explore', '/explore/{tag}/events', '/events/{slug}', '/world-cup', '/world-cup/groups/{letter}', '/search', '/live', '/leaderboard', '/rewards/wallets/{address}']
/** Names a plain-object lookup would find on Object.prototype (they answered 500 before the tables lost it). */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("' OR 1=1 --", '{"$gt":""}', '../../etc/passwd', '%00', '%E0%A4%A', '\u0000', 'a'.repeat(5_000), '-1', '1e309', 'NaN', '<script>'),
)
const prototypeName = fc.constantFrom(...PROTOTYPE_NAMES)
const segment = fc.oneof(fc.constantFrom('bitcoin', 'crypto', 'a', 'A', 'z', '-', '', '0x52908400098527886e0f7030069857d2e4169ee7'), prototypeName, nasty)
const queryValue = fc.oneof(fc.constantFrom('1', '0', '-5', '101', '20', 'abc', '', 'config', 'tag:bitcoin', 'event:x'), prototypeName, prototypeName.map((name) => `tag:${name}`), nasty)
const header = fc.oneof(fc.constantFrom(undefined, 'ios', 'android', 'web', 'IOS', '4.2.0', '1', 'x.y.z'), nasty)

const request = fc.record({
  route: fc.constantFrom(...routes),
  a: segment,
  params: fc.array(fc.tuple(fc.oneof(fc.constantFrom('limit', 'cursor', 'q', 'topics', 'season', 'foo', 'depth', 'limit'), prototypeName), queryValue), { maxLength: 4 }),
  platform: header,
  version: header,
})

type FuzzRequest = typeof request extends fc.Arbitrary<infer T> ? T : never

async function call(input: FuzzRequest): Promise<void> {
  const path = input.route.replace(/\{\w+\}/, encodeURIComponent(input.a))
  const query = input.params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')
  const headers: Record<string, string> = {}
  if (input.platform !== undefined) headers['x-platform'] = input.platform.replace(/[^\x20-\x7e]/g, '')
  if (input.version !== undefined) headers['x-app-version'] = input.version.replace(/[^\x20-\x7e]/g, '')
  const controller = new AbortController()
  const response = await fetch(`${baseUrl}/api/v1${path}${query ? `?${query}` : ''}`, { headers, signal: controller.signal })
  try {
    expect(response.status, `${path}?${query}`).toBeLessThan(500)
    if (response.status >= 400) {
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      problemSchema.parse(await response.json())
    }
  } finally {
    // /live streams: stop reading once the status is known.
    controller.abort()
  }
}

describe('bad input', () => {
  it('never gets a 5xx from any public route (fuzzed paths, queries and headers)', { timeout: 300_000 }, async () => {
    await fc.assert(fc.asyncProperty(request, call), { numRuns: 10_000 })
  })

  it('never gets a 5xx from activity ingestion (fuzzed keys, idempotency keys and bodies)', { timeout: 120_000 }, async () => {
    // A real key too, so most bodies get past the key check to the parser.
    const token = await staffToken(baseUrl, inject('admin'))
    const created = await fetch(`${baseUrl}/api/api-keys`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify({ name: 'fuzz' }) })
    const real = `Bearer ${((await created.json()) as { doc: { key: string } }).doc.key}`
    const key = fc.oneof(fc.constant(real), fc.constant(real), fc.constant(undefined), fc.constantFrom('Bearer pbk_guess', 'Bearer ', 'Basic abc'), nasty.map((value) => `Bearer ${value}`))
    const json = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.oneof(prototypeName, fc.constantFrom('type', 'wallet', 'amount', 'occurredAt', 'ref', 'activities')), fc.jsonValue()),
      fc.record({ activities: fc.array(fc.dictionary(prototypeName, fc.jsonValue()), { maxLength: 3 }) }),
    )
    const ingest = fc.record({ key, idempotency: fc.oneof(fc.constant(undefined), nasty), body: fc.oneof(json.map((value) => JSON.stringify(value)), nasty) })
    await fc.assert(
      fc.asyncProperty(ingest, async ({ key: authorization, idempotency, body }) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        if (authorization !== undefined) headers.authorization = authorization.replace(/[^\x20-\x7e]/g, '')
        if (idempotency !== undefined) headers['idempotency-key'] = idempotency.replace(/[^\x20-\x7e]/g, '')
        const response = await fetch(`${baseUrl}/api/v1/rewards/activities`, { method: 'POST', headers, body })
        expect(response.status, body.slice(0, 200)).toBeLessThan(500)
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toBe('application/problem+json')
          problemSchema.parse(await response.json())
        } else await response.body?.cancel()
      }),
      { numRuns: 500 },
    )
  })

  it('refuses a request target over 4 KB with a 414 problem', async () => {
    const response = await fetch(`${baseUrl}/api/v1/events/?limit=${'a'.repeat(5_000)}`)
    expect(response.status).toBe(414)
    expect(problemSchema.parse(await response.json()).code).toBe('request.uri_too_long')
  })

  it('rejects an oversized cursor and a negative limit with a 400', async () => {
    expect((await fetch(`${baseUrl}/api/v1/explore/sports/events?cursor=${'x'.repeat(2_000)}`)).status).toBe(400)
    expect((await fetch(`${baseUrl}/api/v1/explore/sports/events?limit=-1`)).status).toBe(400)
  })
})

describe('upstream down', () => {
  afterEach(async () => {
    await fetch(`${replayUrl}/__replay/faults`, { method: 'DELETE' })
  })

  it('answers an uncached event with a 503 problem, promptly', async () => {
    await fetch(`${replayUrl}/__replay/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ path: '/events/slug', status: 503 }]) })
    const started = Date.now()
    const response = await fetch(`${baseUrl}/api/v1/events/some-event-nobody-asked-for`)
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(problemSchema.parse(await response.json()).code).toMatch(/^upstream\./)
    expect(Date.now() - started).toBeLessThan(15_000)
  })
})

describe('security headers', () => {
  it('are set on admin and preview pages', async () => {
    for (const path of ['/admin/login', '/preview']) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN')
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'self'")
      expect(response.headers.get('strict-transport-security'), path).toMatch(/max-age=\d+/)
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
    }
  })
})

describe('CORS', () => {
  it('allows only the configured origins', async () => {
    const preflight = await fetch(`${baseUrl}/api/v1/explore`, { method: 'OPTIONS', headers: { origin: 'https://app.playbook.test', 'access-control-request-method': 'GET' } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.playbook.test')
    // Every request header the API reads may be sent by a browser client.
    for (const name of ['X-Platform', 'X-App-Version', 'X-Odds-Format', 'If-None-Match', 'Idempotency-Key', 'Last-Event-ID']) {
      expect(preflight.headers.get('access-control-allow-headers'), name).toContain(name)
    }
    await fetch(`${baseUrl}/api/v1/explore`)
    const allowed = await fetch(`${baseUrl}/api/v1/explore`, { headers: { origin: 'https://app.playbook.test' } })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.playbook.test')
    // A cache between app and browser must key on Origin, warm fast-path hits included.
    expect(allowed.headers.get('x-cache')).toBe('hit')
    expect(allowed.headers.get('vary')).toContain('Origin')
    const other = await fetch(`${baseUrl}/api/v1/explore`, { headers: { origin: 'https://evil.example' } })
    expect(other.status).toBe(200)
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })
})
