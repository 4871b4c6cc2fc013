// A response built from cached data past its soft TTL says so (Warning: 110) and is kept only briefly.
import { describe, expect, it } from 'vitest'

import { SwrCache } from '../../../src/cache/swr'
import { cachedJson, STALE_WARNING } from '../../../src/http/cachedJson'
import { responseCache } from '../../../src/http/responseCache'
import { currentContext, runWithContext } from '../../../src/log/context'

describe('stale responses', () => {
  it('flag the request when the cache serves a stale value, not a fresh one', async () => {
    let clock = 0
    const cache = new SwrCache({ now: () => clock })
    const ttl = { softTtlMs: 100, hardTtlMs: 1_000 }
    const flagged = (key: string) =>
      runWithContext({ traceId: 't' }, async () => {
        await cache.get(key, async () => 'value', ttl)
        return currentContext()?.servedStale === true
      })
    expect(await flagged('k')).toBe(false)
    clock = 50
    expect(await flagged('k')).toBe(false)
    clock = 500
    expect(await flagged('k')).toBe(true)
  })

  it('carry a Warning header and expire from the response cache within a second', async () => {
    responseCache().clear()
    const request = new Request('http://test.local/api/v1/stale-check')
    const response = await runWithContext({ traceId: 't' }, () =>
      cachedJson(request, { maxAgeSeconds: 10, staleWhileRevalidateSeconds: 290 }, async () => {
        currentContext()!.servedStale = true
        return { ok: true }
      }),
    )
    expect(response.headers.get('warning')).toBe(STALE_WARNING)
    const fresh = await runWithContext({ traceId: 'u' }, () =>
      cachedJson(new Request('http://test.local/api/v1/fresh-check'), { maxAgeSeconds: 10, staleWhileRevalidateSeconds: 290 }, async () => ({ ok: true })),
    )
    expect(fresh.headers.get('warning')).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(responseCache().peek(`GET /api/v1/stale-check?||`)).toBeUndefined()
    expect(responseCache().peek(`GET /api/v1/fresh-check?||`)).toBeDefined()
  })
})
