// Responses built from an event are dropped when it changes, and one whose build began before the change is not kept.
import { describe, expect, it } from 'vitest'

import { type CachedResponse, etagOf, ResponseCache } from '@/http/responseCache'

const entry = (events: string[], body = 'x'): CachedResponse => ({
  status: 200,
  body: Buffer.from(body),
  etag: etagOf(Buffer.from(body)),
  contentType: 'application/json',
  cacheControl: 'public, max-age=10',
  vary: '',
  expiresAt: Number.MAX_SAFE_INTEGER,
  events: new Set(events),
})

describe('response cache and market changes', () => {
  it('drops the entries built from a changed event, and only those', async () => {
    const cache = new ResponseCache()
    await cache.getOrBuild('feed', async () => entry(['a', 'b']))
    await cache.getOrBuild('event-c', async () => entry(['c']))
    await cache.getOrBuild('explore', async () => ({ ...entry([]), events: undefined }))
    expect(cache.dropEvents(new Set(['b', 'z']))).toBe(1)
    expect([cache.peek('feed'), cache.peek('event-c'), cache.peek('explore')].map(Boolean)).toEqual([false, true, true])
  })

  it('does not keep a response whose build began before one of its events changed', async () => {
    let now = 1_000
    const cache = new ResponseCache(() => now)
    const built = cache.getOrBuild('feed', async () => {
      // The change lands while the response is being built from the old data.
      now = 1_005
      cache.dropEvents(new Set(['a']))
      return entry(['a'])
    })
    expect((await built).hit).toBe(false)
    expect(cache.peek('feed')).toBeUndefined()
    now = 1_010
    await cache.getOrBuild('feed', async () => entry(['a']))
    expect(cache.peek('feed')).toBeDefined()
  })
})
