// Live updates over a real Redis: published once, delivered by every replica, resumable, and a slow client is dropped.
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LiveBus, type LiveMessage } from '@/live/bus'
import { sseStream } from '@/live/sse'
import { createRedis } from '@/redis/connect'

const until = async (condition: () => boolean, timeoutMs = 3_000) => {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

const change = (slug: string) => ({ slug, closed: false, live: true, ended: false, score: null, period: null, elapsed: null, markets: [] })

describe('live bus across two replicas', () => {
  const clients: Redis[] = []
  let replicas: LiveBus[]
  const channel = `pb:test:${process.pid}:${Date.now()}:live`

  beforeAll(async () => {
    replicas = [0, 1].map(() => {
      const redis = createRedis(process.env.REDIS_URL!, 'live-test')
      clients.push(redis)
      return new LiveBus(redis, channel, { streamLength: 5 })
    })
    await Promise.all(replicas.map((bus) => bus.start()))
  })

  afterAll(async () => {
    await Promise.all(replicas.map((bus) => bus.stop()))
    for (const client of clients) client.disconnect()
  })

  it('delivers one publish to the subscribers of every replica, once, on their topics only', async () => {
    const received: [number, LiveMessage][] = []
    const offs = replicas.map((bus, index) => bus.subscribe(new Set(['config']), (message) => received.push([index, message])))
    offs.push(...replicas.map((bus) => bus.subscribe(new Set(['event:other']), () => received.push([-1, null as never]))))
    const sent = await replicas[0]!.publish('config', 'config.published', { collection: 'explore-tags', id: 1 })
    await until(() => received.length >= 2)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(received.map(([index]) => index).sort()).toEqual([0, 1])
    expect(received.every(([, message]) => message.id === sent.id)).toBe(true)
    offs.forEach((off) => off())
  })

  it('numbers messages across replicas (a global id, a sequence per topic) and resumes from the topic streams on any replica', async () => {
    const first = await replicas[0]!.publish('event:a', 'market.changed', change('n1'))
    const second = await replicas[1]!.publish('event:a', 'market.changed', change('n2'))
    expect(second.id).toBeGreaterThan(first.id)
    expect(second.seq).toBe(first.seq + 1)
    // Straight from Redis: no waiting for the replica's subscriber to have seen anything.
    const resumed = await replicas[0]!.since(first.id, new Set(['event:a']))
    expect(resumed.messages.map((message) => [message.id, message.seq, (message.data as { slug: string }).slug])).toEqual([[second.id, second.seq, 'n2']])
    expect(resumed.complete).toBe(true)

    const b: LiveMessage[] = []
    for (let i = 0; i < 8; i++) b.push(await replicas[i % 2]!.publish('event:b', 'market.changed', change(`i${i}`)))
    expect(b.map((message) => message.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    // The stream keeps 5: from before the third, messages were trimmed away and the client must resync.
    const behind = await replicas[1]!.since(b[1]!.id, new Set(['event:a', 'event:b']))
    expect(behind.complete).toBe(false)
    expect(behind.messages.map((message) => message.id)).toEqual(b.slice(3).map((message) => message.id))
    const recent = await replicas[1]!.since(b[2]!.id, new Set(['event:a', 'event:b']))
    expect(recent).toEqual({ messages: b.slice(3), complete: true, reset: false })
    // Topics interleave in id order.
    const third = await replicas[0]!.publish('event:a', 'market.changed', change('n3'))
    const both = await replicas[1]!.since(b[6]!.id, new Set(['event:a', 'event:b']))
    expect(both.messages.map((message) => message.id)).toEqual([b[7]!.id, third.id])

    // A stream that expired after messages the client never got: resync (its last id outlives it).
    await clients[0]!.del(`${channel}:stream:event:a`)
    expect(await replicas[1]!.since(second.id, new Set(['event:a']))).toMatchObject({ messages: [], complete: false })
    expect(await replicas[1]!.since(third.id, new Set(['event:a'])), 'nothing after it was lost').toMatchObject({ complete: true })
    // Ids restarted (Redis lost its data): a position past the newest id is from before; all that is held is new.
    const resumed2 = await replicas[1]!.since(third.id + 1_000_000, new Set(['event:b']))
    expect(resumed2).toMatchObject({ complete: false, reset: true })
    expect(resumed2.messages.map((message) => message.id)).toEqual(b.slice(3).map((message) => message.id))
  })

  it('streams SSE frames, replays missed ones, and drops a client that does not read', async () => {
    const bus = replicas[0]!
    const before = await bus.publish('event:sse', 'market.changed', change('n0'))
    const abort = new AbortController()
    const reader = sseStream(bus, new Set(['event:sse']), before.id - 1, abort.signal, { heartbeatMs: 50 }).getReader()
    const decoder = new TextDecoder()
    let text = ''
    while (!text.includes(`id: ${before.id}\n`)) text += decoder.decode((await reader.read()).value)
    await bus.publish('event:sse', 'market.changed', change('n1'))
    while (!text.includes('"slug":"n1"')) text += decoder.decode((await reader.read()).value)
    while (!text.includes(': heartbeat')) text += decoder.decode((await reader.read()).value)
    abort.abort()
    expect(bus.listeners).toBe(0)

    const closing = sseStream(bus, new Set(['event:bye']), null, new AbortController().signal).getReader()
    bus.shutdown()
    let farewell = ''
    for (let chunk = await closing.read(); !chunk.done; chunk = await closing.read()) farewell += decoder.decode(chunk.value)
    expect(farewell).toContain('event: shutdown')
    expect(farewell).toContain('retry: 500')
    expect(bus.listeners).toBe(0)

    const slow = sseStream(bus, new Set(['event:flood']), null, new AbortController().signal, { maxQueuedBytes: 2_000 })
    const listening = bus.listeners
    expect(listening).toBe(1)
    for (let i = 0; i < 200; i++) await bus.publish('event:flood', 'market.changed', change(`${'x'.repeat(100)}${i}`))
    await until(() => bus.listeners === 0)
    expect(slow.locked).toBe(false)
  })

  it("still reaches this replica's clients while Redis cannot take a message", async () => {
    const redis = createRedis(process.env.REDIS_URL!, 'live-test-down')
    clients.push(redis)
    const bus = new LiveBus(redis, `${channel}:down`)
    await bus.start()
    const received: LiveMessage[] = []
    bus.subscribe(new Set(['config']), (message) => received.push(message))
    const before = await bus.publish('config', 'config.published', { collection: 'sports', id: 1 })
    await until(() => received.length === 1)
    // Redis goes away for the publishing connection (the subscriber's stays, as after a failover in progress).
    redis.disconnect()
    const during = await bus.publish('config', 'config.published', { collection: 'sports', id: 2 })
    expect(received.map((message) => (message.data as { id: number }).id)).toEqual([1, 2])
    expect(during.id).toBeGreaterThan(before.id)
    expect(bus.localOnly).toBe(1)
    await bus.stop()
  })
})
