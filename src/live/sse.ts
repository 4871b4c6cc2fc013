/**
 * One SSE connection: replays what it missed (`Last-Event-ID`) from the topics' streams, then streams new
 * messages on its topics, with heartbeats. A message's frame is encoded once, whatever the number of clients. A
 * client that stops reading is dropped once its queue passes a bound, rather than buffered without limit.
 *
 * The connection is a web `ReadableStream` (what a route handler returns); the custom server, for a request it
 * made, instead attaches it to the socket (`attachSse`): frames then go to the socket in one write each, without a
 * stream's queue and an HTTP response's writes between them.
 */
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

/** Where a connection's frames go. */
export interface SseSink {
  write(bytes: Uint8Array): void
  /** Bytes written and not yet taken by the client. */
  queuedBytes(): number
  end(): void
}

const HIGH_WATER_MARK = 16 * 1024
const encoder = new TextEncoder()
const frames = new WeakMap<LiveMessage, Uint8Array>()
function frame(message: LiveMessage): Uint8Array {
  let bytes = frames.get(message)
  if (!bytes) {
    bytes = encoder.encode(`id: ${message.id}\nevent: ${message.type}\ndata: ${JSON.stringify({ topic: message.topic, seq: message.seq, at: message.at, data: message.data })}\n\n`)
    frames.set(message, bytes)
  }
  return bytes
}
const RESYNC = encoder.encode(`event: resync\ndata: {}\n\n`)

/**
 * What a connection writes before it knows where its frames go (a reader's first read, or a socket): held, and
 * counted against the client's bound, then handed on in order once it does.
 */
class PendingSink implements SseSink {
  private target: SseSink | null = null
  private held: Uint8Array[] = []
  private heldBytes = 0
  private ended = false

  write(bytes: Uint8Array): void {
    if (this.target) return this.target.write(bytes)
    this.held.push(bytes)
    this.heldBytes += bytes.byteLength
  }

  queuedBytes(): number {
    return this.target ? this.target.queuedBytes() : this.heldBytes
  }

  end(): void {
    if (this.target) this.target.end()
    else this.ended = true
  }

  /** From now on the frames go to `target`, those held first; false when they go somewhere already. */
  settle(target: SseSink): boolean {
    if (this.target) return false
    this.target = target
    for (const bytes of this.held) target.write(bytes)
    this.held = []
    this.heldBytes = 0
    if (this.ended) target.end()
    return true
  }
}

const unsettled = new WeakMap<ReadableStream<Uint8Array>, PendingSink>()

/**
 * Requests whose live stream the custom server will attach to the socket (it made them): their streams wait for it.
 * Any other stream goes to its readers from the start, as a route handler's stream always has.
 */
export const attachingRequests = new WeakSet<Request>()

/** Sends a stream made by `sseStream` for an attaching request to `sink`; false when it is not one, or is read already. */
export function attachSse(stream: ReadableStream<Uint8Array>, sink: SseSink): boolean {
  const pending = unsettled.get(stream)
  unsettled.delete(stream)
  return pending?.settle(sink) ?? false
}

export function sseStream(bus: LiveBus, topics: Set<string>, lastEventId: number | null, signal: AbortSignal, options: SseOptions = {}, attaching = false): ReadableStream<Uint8Array> {
  const pending = new PendingSink()
  const end = runSession(bus, topics, lastEventId, signal, options, pending)
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (!attaching) pending.settle(controllerSink(controller))
      },
      // An attaching request's stream read after all (no socket to attach to): its frames go to the reader.
      pull(controller) {
        if (stream.locked && pending.settle(controllerSink(controller))) unsettled.delete(stream)
      },
      cancel() {
        end()
      },
    },
    // Sized in bytes, so the queue measures how far behind the client is.
    { highWaterMark: HIGH_WATER_MARK, size: (chunk) => chunk.byteLength },
  )
  if (attaching) unsettled.set(stream, pending)
  return stream
}

function controllerSink(controller: ReadableStreamDefaultController<Uint8Array>): SseSink {
  return {
    write: (bytes) => controller.enqueue(bytes),
    queuedBytes: () => HIGH_WATER_MARK - (controller.desiredSize ?? HIGH_WATER_MARK),
    end: () => controller.close(),
  }
}

/** The connection's life on `sink`; returns what ends it from outside (the reader cancelling). */
function runSession(bus: LiveBus, topics: Set<string>, lastEventId: number | null, signal: AbortSignal, options: SseOptions, sink: SseSink): () => void {
  const maxQueued = options.maxQueuedBytes ?? 256 * 1024
  let closed = false
  let cleaned = false
  let cleanup = () => {}
  const close = () => {
    if (closed) return
    closed = true
    cleanup()
    try {
      sink.end()
    } catch {
      // already closed by the client
    }
  }
  const send = (bytes: Uint8Array) => {
    if (closed) return
    if (sink.queuedBytes() > maxQueued) return close()
    try {
      sink.write(bytes)
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
    bus
      .since(lastEventId, topics)
      .then(
        ({ messages, complete, reset }) => {
          // The stream no longer reaches back: tell the client to refetch rather than pretend nothing was missed.
          if (!complete) send(RESYNC)
          if (reset) lastSent = 0
          messages.forEach(deliver)
        },
        () => send(RESYNC),
      )
      .finally(() => {
        replaying = false
        waiting!.forEach(deliver)
      })
      .catch(() => close())
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
  return () => {
    closed = true
    cleanup()
  }
}
