// A response built from cached data past its soft TTL says so (Warning: 110) and is kept only briefly.
import { describe, expect, it } from 'vitest'

import { SwrCache } from '../../../src/cache/swr'
import { cachedJson, STALE_WARNING } from '../../../src/http/cachedJson'
import { ResponseCache } from '../../../src/http/responseCache'

describe('stale responses', () => {
  it('are flagged when the cache serves a stale value, not a fresh one', async () => {
    let clock = 0
    const cache = new SwrCache({ now: () => clock })
    const ttl = { softTtlMs: 100, hardTtlMs: 1_000 }
    const flagged = async (key: string) => (await cache.read(key, async () => 'value', ttl)).stale
    expect(await flagged('k')).toBe(false)
    clock = 50
    expect(await flagged('k')).toBe(false)
    clock = 500
    expect(await flagged('k')).toBe(true)
  })

  it('carry a Warning header and expire from the response cache within a second', async () => {
    const responses = new ResponseCache()
    const request = new Request('http://test.local/api/v1/stale-check')
    const response = await cachedJson(responses, request, { maxAgeSeconds: 10, staleWhileRevalidateSeconds: 290 }, async () => ({ view: { ok: true }, stale: true }))
    expect(response.headers.get('warning')).toBe(STALE_WARNING)
    const fresh = await cachedJson(responses, new Request('http://test.local/api/v1/fresh-check'), { maxAgeSeconds: 10, staleWhileRevalidateSeconds: 290 }, async () => ({ view: { ok: true }, stale: false }))
    expect(fresh.headers.get('warning')).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(responses.peek(`GET /api/v1/stale-check?|||probability`)).toBeUndefined()
    expect(responses.peek(`GET /api/v1/fresh-check?|||probability`)).toBeDefined()
  })
})
