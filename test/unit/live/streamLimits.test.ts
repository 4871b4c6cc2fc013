// Open live streams are bounded per client and per replica, refused before the stream starts, and end after a
// jittered maximum lifetime with a retry hint.
import { describe, expect, it } from 'vitest'

import { LiveBus } from '@/live/bus'
import { sseStream } from '@/live/sse'
import { StreamLimits } from '@/live/streamLimits'

describe('live stream limits', () => {
  it('refuse a client past its cap with 429 and the replica past its cap with 503, counting nothing refused', () => {
    const limits = new StreamLimits({ perClient: 2, perReplica: 3, maxLifetimeMs: 60_000 })
    const a1 = limits.acquire('a')
    limits.acquire('a')
    expect(() => limits.acquire('a')).toThrow(expect.objectContaining({ kind: 'RateLimited', code: 'live.too_many_streams', retryAfterSeconds: 10 }))
    limits.acquire('b')
    expect(() => limits.acquire('c')).toThrow(expect.objectContaining({ kind: 'Unavailable', code: 'live.replica_full', status: 503 }))
    expect(limits.open).toBe(3)
    expect(limits.refused).toEqual({ perClient: 1, perReplica: 1 })
    a1.release()
    a1.release()
    expect(limits.open).toBe(2)
    expect(() => limits.acquire('c')).not.toThrow()
  })

  it('give each stream 90–100 % of the maximum lifetime', () => {
    expect(new StreamLimits({ perClient: 1, perReplica: 1, maxLifetimeMs: 1_000 }, () => 0).acquire('x').lifetimeMs).toBe(900)
    expect(new StreamLimits({ perClient: 1, perReplica: 1, maxLifetimeMs: 1_000 }, () => 1).acquire('x').lifetimeMs).toBe(1_000)
  })

  it('end a stream at its lifetime with a retry hint, and release its slot', async () => {
    const limits = new StreamLimits({ perClient: 1, perReplica: 10, maxLifetimeMs: 60_000 })
    const lease = limits.acquire('x')
    const stream = sseStream(new LiveBus(null, 'test'), new Set(['config']), null, new AbortController().signal, { maxLifetimeMs: 50, onClose: lease.release })
    let text = ''
    const decoder = new TextDecoder()
    const reader = stream.getReader()
    for (let read = await reader.read(); !read.done; read = await reader.read()) text += decoder.decode(read.value)
    expect(text).toContain('event: reconnect')
    expect(text).toMatch(/retry: \d+\nevent: reconnect/)
    expect(limits.open).toBe(0)
  })
})
