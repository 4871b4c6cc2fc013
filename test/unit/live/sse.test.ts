// A live connection on a sink of its own (the custom server's socket) or as a web stream (a route handler's answer):
// what it wrote before either goes to whichever comes first, frames are shared by every client of a message, and it
// ends once.
import { describe, expect, it, vi } from 'vitest'

import { LiveBus } from '@/live/bus'
import { attachSse, type SseSink, sseStream } from '@/live/sse'

const decoder = new TextDecoder()

function sink(queued = () => 0) {
  const written: Uint8Array[] = []
  const end = vi.fn()
  const into: SseSink = { write: (bytes) => void written.push(bytes), queuedBytes: queued, end }
  return { into, written, end, text: () => written.map((bytes) => decoder.decode(bytes)).join('') }
}

describe('sseStream attached to a sink', () => {
  it('greets, then writes each message as one frame that every client of it shares', async () => {
    const bus = new LiveBus(null, 'test')
    const [a, b] = [sink(), sink()]
    const streams = [a, b].map((client) => {
      const stream = sseStream(bus, new Set(['config']), null, new AbortController().signal, {}, true)
      expect(attachSse(stream, client.into)).toBe(true)
      return stream
    })
    expect(a.text()).toBe('retry: 2000\n: connected to config\n\n')
    expect(bus.listeners).toBe(2)
    const message = await bus.publish('config', 'config.published', { collection: 'sports', id: 7 })
    expect(a.written).toHaveLength(2)
    expect(a.written[1]).toBe(b.written[1])
    expect(decoder.decode(a.written[1])).toBe(`id: ${message.id}\nevent: config.published\ndata: ${JSON.stringify({ topic: 'config', seq: message.seq, at: message.at, data: message.data })}\n\n`)
    // Started: neither a second attachment nor a reader starts it again.
    expect(attachSse(streams[0]!, sink().into)).toBe(false)
    const reader = streams[0]!.getReader()
    await bus.publish('config', 'config.published', { collection: 'sports', id: 8 })
    expect(a.written).toHaveLength(3)
    void reader.cancel()
  })

  it('drops a client whose socket holds more than the bound, once, releasing what it held', async () => {
    const bus = new LiveBus(null, 'test')
    let queued = 0
    const client = sink(() => queued)
    const onClose = vi.fn()
    attachSse(sseStream(bus, new Set(['config']), null, new AbortController().signal, { maxQueuedBytes: 1_000, onClose }, true), client.into)
    queued = 1_000
    await bus.publish('config', 'config.published', { collection: 'sports', id: 1 })
    expect(client.written).toHaveLength(2)
    queued = 1_001
    await bus.publish('config', 'config.published', { collection: 'sports', id: 2 })
    await bus.publish('config', 'config.published', { collection: 'sports', id: 3 })
    expect(client.written).toHaveLength(2)
    expect(client.end).toHaveBeenCalledTimes(1)
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(bus.listeners).toBe(0)
  })

  it('ends with its client, once; a stream that ended before it was attached ends its socket at once', () => {
    const bus = new LiveBus(null, 'test')
    const onClose = vi.fn()
    const client = new AbortController()
    const stream = sseStream(bus, new Set(['config']), null, client.signal, { onClose }, true)
    expect(bus.listeners).toBe(1)
    client.abort()
    client.abort()
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(bus.listeners).toBe(0)
    const late = sink()
    expect(attachSse(stream, late.into)).toBe(true)
    expect(late.text()).toBe('retry: 2000\n: connected to config\n\n')
    expect(late.end).toHaveBeenCalledTimes(1)
  })

  it('as a web stream, goes to its reader: at once for any request, on the first read for an attaching one', async () => {
    const bus = new LiveBus(null, 'test')
    const plain = sseStream(bus, new Set(['config']), null, new AbortController().signal)
    expect(attachSse(plain, sink().into)).toBe(false)
    const attaching = sseStream(bus, new Set(['config']), null, new AbortController().signal, {}, true)
    const message = await bus.publish('config', 'config.published', { collection: 'sports', id: 1 })
    for (const stream of [plain, attaching]) {
      const reader = stream.getReader()
      const text = decoder.decode((await reader.read()).value) + decoder.decode((await reader.read()).value)
      expect(text).toContain(': connected to config')
      expect(text).toContain(`id: ${message.id}\n`)
      expect(attachSse(stream, sink().into)).toBe(false)
      await reader.cancel()
    }
    expect(bus.listeners).toBe(0)
  })
})
