/**
 * One SSE connection: replays what it missed (`Last-Event-ID`) from the topics' streams, then streams new
 * messages on its topics, with heartbeats. A message's frame is encoded once, whatever the number of clients. A
 * client that stops reading is dropped once its queue passes a bound, rather than buffered without limit.
 */
import { derivedFrom } from '../utilities/derivedFrom'
import type { LiveBus, LiveMessage } from './bus'

export interface SseOptions {
  heartbeatMs?: number
  /** The stream ends after this long with a retry hint, and the client reconnects (possibly to another replica). */
  maxLifetimeMs?: number
  /** Called once when the stream ends, however it ends. */
  onClose?: () => void
  /** Bytes queued for one client before it counts as too slow and is disconnected. */
  maxQueuedBytes?: number
}

const HIGH_WATER_MARK = 16 * 1024
const encoder = new TextEncoder()
const frame = derivedFrom((message: LiveMessage): Uint8Array =>
  encoder.encode(`id: ${message.id}\nevent: ${message.type}\ndata: ${JSON.stringify({ topic: message.topic, seq: message.seq, at: message.at, data: message.data })}\n\n`),
)
const RESYNC = encoder.encode(`event: resync\ndata: {}\n\n`)

export function sseStream(bus: LiveBus, topics: Set<string>, lastEventId: number | null, signal: AbortSignal, options: SseOptions = {}): ReadableStream<Uint8Array> {
  const maxQueued = options.maxQueuedBytes ?? 256 * 1024
  let cleanup = () => {}
  // Set by `close` and by the reader cancelling: nothing is enqueued on a stream that ended either way.
  let closed = false
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const close = () => {
          if (closed) return
          closed = true
          cleanup()
          try {
            controller.close()
          } catch {
            // already closed by the client
          }
        }
        const send = (bytes: Uint8Array) => {
          if (closed) return
          const queued = HIGH_WATER_MARK - (controller.desiredSize ?? HIGH_WATER_MARK)
          if (queued > maxQueued) return close()
          try {
            controller.enqueue(bytes)
          } catch {
            // The client went away between two checks: the abort listener cleans up.
            closed = true
          }
        }

        send(encoder.encode(`retry: 2000\n: connected to ${[...topics].join(',')}\n\n`))
        // Messages arrive in id order; while the missed ones are read, new ones wait, and none is sent twice.
        let lastSent = lastEventId ?? 0
        const deliver = (message: LiveMessage) => {
          if (message.id <= lastSent) return
          lastSent = message.id
          send(frame(message))
        }
        const waiting: LiveMessage[] | null = lastEventId === null ? null : []
        let replaying = waiting !== null
        const unsubscribe = bus.subscribe(topics, (message) => (replaying ? waiting!.push(message) : deliver(message)))
        if (lastEventId !== null) {
          bus.since(lastEventId, topics).then(
            ({ messages, complete, reset }) => {
              // The stream no longer reaches back: tell the client to refetch rather than pretend nothing was missed.
              if (!complete) send(RESYNC)
              if (reset) lastSent = 0
              messages.forEach(deliver)
            },
            () => send(RESYNC),
          ).finally(() => {
            replaying = false
            waiting!.forEach(deliver)
          }).catch(() => close())
        }
        const offShutdown = bus.onShutdown(() => {
          send(encoder.encode(`retry: 500\nevent: shutdown\ndata: {}\n\n`))
          close()
        })
        const heartbeat = setInterval(() => send(encoder.encode(`: heartbeat\n\n`)), options.heartbeatMs ?? 15_000)
        heartbeat.unref?.()
        const expiry = options.maxLifetimeMs
          ? setTimeout(() => {
              send(encoder.encode(`retry: 1000\nevent: reconnect\ndata: {}\n\n`))
              close()
            }, options.maxLifetimeMs)
          : undefined
        expiry?.unref?.()
        let cleaned = false
        cleanup = () => {
          if (cleaned) return
          cleaned = true
          clearInterval(heartbeat)
          clearTimeout(expiry)
          unsubscribe()
          offShutdown()
          options.onClose?.()
        }
        if (signal.aborted) close()
        else signal.addEventListener('abort', close, { once: true })
      },
      cancel() {
        closed = true
        cleanup()
      },
    },
    // Size the queue in bytes so `desiredSize` measures how far behind the client is.
    { highWaterMark: HIGH_WATER_MARK, size: (chunk) => chunk.byteLength },
  )
}
