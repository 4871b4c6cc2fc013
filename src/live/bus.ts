/**
 * Live updates across replicas: a message is published once to Redis and every replica's subscriber fans it out to
 * its connected SSE clients. One script numbers it (a global id for `Last-Event-ID`, a sequence per topic), appends it
 * to its topic's Redis Stream (capped) and publishes it, atomically, so a stream holds its topic's messages in id
 * order. A reconnecting client resumes from the streams on any replica, without gaps; when a stream was trimmed
 * past its position the client is told to resync. Without Redis it is in-process only, resumed from a local buffer.
 */
import { EventEmitter } from 'node:events'

import type { Redis } from 'ioredis'

import { logger } from '../log/logger'
import { inSyncSpan } from '../telemetry/spans'
import type { LiveEventData, LiveEventType } from './events'

export interface LiveMessage {
  /** Global, increasing: the SSE event id. */
  id: number
  /** Increasing per topic, without gaps while Redis is up: a client sees a gap in it as a missed message. */
  seq: number
  /** `config`, `event:{slug}`, `tag:{upstream tag id}` … */
  topic: string
  type: string
  data: unknown
  at: string
}

const log = logger.child({ component: 'live' })

/**
 * KEYS: global id, topic sequence, topic stream, the topic's highest trimmed id, its last id. ARGV: channel, topic,
 * type, data (JSON), at, stream cap, TTL ms, last-id TTL ms. The oldest entry is trimmed here, remembering its id, so
 * a resume knows exactly whether it lost anything; the last id outlives the stream, so a resume after the stream
 * expired knows it missed messages. The message JSON is assembled here so `data` passes through byte for byte.
 */
const PUBLISH_SCRIPT = `
local id = redis.call('INCR', KEYS[1])
local seq = redis.call('INCR', KEYS[2])
local message = '{"id":' .. id .. ',"seq":' .. seq .. ',"topic":' .. cjson.encode(ARGV[2]) .. ',"type":' .. cjson.encode(ARGV[3]) .. ',"at":"' .. ARGV[5] .. '","data":' .. ARGV[4] .. '}'
if redis.call('XLEN', KEYS[3]) >= tonumber(ARGV[6]) then
  local oldest = redis.call('XRANGE', KEYS[3], '-', '+', 'COUNT', 1)[1][1]
  redis.call('XDEL', KEYS[3], oldest)
  redis.call('SET', KEYS[4], string.match(oldest, '^(%d+)'), 'PX', ARGV[7])
end
redis.call('XADD', KEYS[3], id .. '-0', 'm', message)
redis.call('PEXPIRE', KEYS[2], ARGV[7])
redis.call('PEXPIRE', KEYS[3], ARGV[7])
redis.call('PEXPIRE', KEYS[4], ARGV[7])
redis.call('SET', KEYS[5], id, 'PX', ARGV[8])
redis.call('PUBLISH', ARGV[1], message)
return message
`

/** How long a topic's last id is kept after its stream expired: a resume from further back says resync. */
const LAST_ID_TTL_MS = 7 * 86_400_000

export interface LiveBusOptions {
  /** Messages kept per topic for resuming (the Redis Stream's cap, and the local buffer's size without Redis). */
  streamLength?: number
  /** A topic's stream and sequence are dropped after this long without a message. */
  streamTtlMs?: number
}

export class LiveBus {
  private readonly emitter = new EventEmitter()
  private readonly buffer: LiveMessage[] = []
  private readonly localTopicSequence = new Map<string, number>()
  private localSequence = 0
  private subscriber: Redis | null = null
  private readonly streamLength: number
  private readonly streamTtlMs: number
  published = 0
  delivered = 0
  /** Messages Redis could not take, delivered on this replica only. */
  localOnly = 0

  constructor(
    private readonly redis: Redis | null,
    private readonly channel: string,
    options: LiveBusOptions = {},
  ) {
    this.streamLength = options.streamLength ?? 256
    this.streamTtlMs = options.streamTtlMs ?? 3_600_000
    this.emitter.setMaxListeners(0)
    redis?.defineCommand('livePublish', { numberOfKeys: 5, lua: PUBLISH_SCRIPT })
  }

  private streamKey = (topic: string) => `${this.channel}:stream:${topic}`

  /** Subscribes this replica to the shared channel (a dedicated connection: a subscribing client can do nothing else). */
  async start(): Promise<void> {
    if (!this.redis || this.subscriber) return
    this.subscriber = this.redis.duplicate({ connectionName: 'playbook-live' })
    // ioredis reconnects and resubscribes by itself; without a listener its errors would be uncaught.
    let lastError = ''
    this.subscriber.on('error', (error: Error) => {
      if (error.message !== lastError) log.warn({ err: error }, 'live subscriber error')
      lastError = error.message
    })
    this.subscriber.on('ready', () => (lastError = ''))
    this.subscriber.on('message', (_channel: string, raw: string) => {
      try {
        this.deliver(JSON.parse(raw) as LiveMessage)
      } catch (error) {
        log.error({ err: error }, 'unreadable live message')
      }
    })
    await this.subscriber.subscribe(this.channel)
  }

  async stop(): Promise<void> {
    this.subscriber?.disconnect()
    this.subscriber = null
  }

  /**
   * Publishes once; every replica (this one included) delivers it to its clients. While Redis cannot take it, the
   * clients of this replica still get it (numbered after the last id this replica saw), the others miss it.
   */
  async publish<T extends LiveEventType>(topic: string, type: T, data: LiveEventData<T>): Promise<LiveMessage> {
    this.published++
    const at = new Date().toISOString()
    if (this.redis && this.subscriber) {
      try {
        const run = (this.redis as unknown as LivePublishCommand).livePublish
        const raw = await run.call(this.redis, `${this.channel}:seq`, `${this.channel}:seq:${topic}`, this.streamKey(topic), `${this.streamKey(topic)}:trimmed`, `${this.streamKey(topic)}:last`, this.channel, topic, type, JSON.stringify(data), at, this.streamLength, this.streamTtlMs, LAST_ID_TTL_MS)
        return JSON.parse(raw) as LiveMessage
      } catch (error) {
        // A timeout leaves it unknown whether the script ran (its message may still come back through the
        // subscriber): delivering a local copy as well could number two messages alike.
        if (error instanceof Error && /timed out/i.test(error.message)) {
          log.warn({ err: error, topic, type }, 'a live message may not have been published (Redis timed out)')
          throw error
        }
        this.localOnly++
        log.warn({ err: error, topic, type }, 'Redis did not take a live message: delivered on this replica only')
      }
    }
    const seq = (this.localTopicSequence.get(topic) ?? 0) + 1
    this.localTopicSequence.set(topic, seq)
    const message: LiveMessage = { id: this.localSequence + 1, seq, topic, type, data, at }
    this.deliver(message)
    return message
  }

  /** Calls `listener` for every message on `topics` from now on; returns the unsubscribe function. */
  subscribe(topics: Set<string>, listener: (message: LiveMessage) => void): () => void {
    const handler = (message: LiveMessage) => {
      if (topics.has(message.topic)) listener(message)
    }
    this.emitter.on('message', handler)
    return () => this.emitter.off('message', handler)
  }

  /** Calls `listener` for every message this replica delivers, on any topic (e.g. to drop what a change made old). */
  onEvery(listener: (message: LiveMessage) => void): () => void {
    this.emitter.on('every', listener)
    return () => this.emitter.off('every', listener)
  }

  /**
   * The messages on `topics` after `lastId`, in id order, from the topics' Redis Streams (any replica answers alike);
   * `complete` is false when a stream was trimmed past `lastId` (or, without Redis, the local buffer no longer reaches back).
   */
  async since(lastId: number, topics: Set<string>): Promise<Resumed> {
    if (this.redis && this.subscriber) {
      try {
        return await this.sinceInStreams(lastId, [...topics])
      } catch (error) {
        log.warn({ err: error }, 'live streams unreadable: resuming from this replica’s buffer')
      }
    }
    const oldest = this.buffer[0]?.id
    const complete = oldest === undefined || oldest <= lastId + 1
    return { messages: this.buffer.filter((message) => message.id > lastId && topics.has(message.topic)), complete, reset: false }
  }

  private async sinceInStreams(lastId: number, topics: string[]): Promise<Resumed> {
    // Ids restart when Redis lost its data (a restart without persistence, a flush): a position past the newest id
    // is from before that, so everything the streams hold is new to the client.
    const newest = Number((await this.redis!.get(`${this.channel}:seq`)) ?? 0)
    const reset = lastId > newest
    const from = reset ? '-' : `(${lastId}-0`
    const pipeline = this.redis!.pipeline()
    for (const topic of topics) {
      pipeline.xrange(this.streamKey(topic), from, '+', 'COUNT', this.streamLength)
      pipeline.mget(`${this.streamKey(topic)}:trimmed`, `${this.streamKey(topic)}:last`)
    }
    const results = (await pipeline.exec()) ?? []
    const messages: LiveMessage[] = []
    let complete = !reset
    topics.forEach((_topic, index) => {
      const [rangeError, entries] = results[index * 2] ?? []
      if (rangeError) throw rangeError
      const received = (entries as Array<[string, string[]]>) ?? []
      for (const [, fields] of received) messages.push(JSON.parse(fields[1]!) as LiveMessage)
      const [markerError, markers] = results[index * 2 + 1] ?? []
      if (markerError) throw markerError
      const [trimmed, last] = (markers as Array<string | null>).map((value) => (value === null ? null : Number(value)))
      // Messages after `lastId` were trimmed away, or the stream expired after messages the client never got.
      if ((trimmed ?? 0) > lastId || (received.length === 0 && (last ?? 0) > lastId && !reset)) complete = false
    })
    messages.sort((a, b) => a.id - b.id)
    return { messages, complete, reset }
  }

  /** Shutdown: every open stream sends a retry hint and closes, so clients reconnect to another replica. */
  shutdown(): void {
    this.emitter.emit('shutdown')
  }

  onShutdown(listener: () => void): () => void {
    this.emitter.on('shutdown', listener)
    return () => this.emitter.off('shutdown', listener)
  }

  get listeners(): number {
    return this.emitter.listenerCount('message')
  }

  private deliver(message: LiveMessage): void {
    this.localSequence = Math.max(this.localSequence, message.id)
    this.localTopicSequence.set(message.topic, Math.max(this.localTopicSequence.get(message.topic) ?? 0, message.seq))
    this.buffer.push(message)
    if (this.buffer.length > this.streamLength) this.buffer.splice(0, this.buffer.length - this.streamLength)
    this.delivered++
    this.emitter.emit('every', message)
    inSyncSpan('live.fanout', { 'playbook.live.topic': message.topic, 'playbook.live.type': message.type, 'playbook.live.listeners': this.emitter.listenerCount('message') }, () =>
      this.emitter.emit('message', message),
    )
  }
}

/** What a resume finds: the missed messages in id order; whether that is all of them; whether ids restarted. */
export interface Resumed {
  messages: LiveMessage[]
  complete: boolean
  /** Ids restarted since the client's position (Redis lost its data): its position means nothing now. */
  reset: boolean
}

interface LivePublishCommand {
  livePublish(...args: Array<string | number>): Promise<string>
}
