/**
 * Live updates across replicas: a message is published once to Redis (`PUBLISH`, with a global id from `INCR`) and
 * every replica's subscriber fans it out to its connected SSE clients. Each replica keeps a bounded buffer of
 * recent messages so a reconnecting client resumes from `Last-Event-ID`. Without Redis it is in-process only.
 */
import { EventEmitter } from 'node:events'

import type { Redis } from 'ioredis'

import { logger } from '../log/logger'
import { inSyncSpan } from '../telemetry/spans'
import type { LiveEventData, LiveEventType } from './events'

export interface LiveMessage {
  /** Global, increasing: the SSE event id. */
  id: number
  /** `config`, `event:{slug}`, `tag:{upstream tag id}` … */
  topic: string
  type: string
  data: unknown
  at: string
}

const log = logger.child({ component: 'live' })

export class LiveBus {
  private readonly emitter = new EventEmitter()
  private readonly buffer: LiveMessage[] = []
  private localSequence = 0
  private subscriber: Redis | null = null
  published = 0
  delivered = 0
  /** Messages Redis could not take, delivered on this replica only. */
  localOnly = 0

  constructor(
    private readonly redis: Redis | null,
    private readonly channel: string,
    private readonly bufferSize = 1_000,
  ) {
    this.emitter.setMaxListeners(0)
  }

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
    let id: number | null = null
    if (this.redis && this.subscriber) {
      try {
        id = await this.redis.incr(`${this.channel}:seq`)
        const message: LiveMessage = { id, topic, type, data, at }
        await this.redis.publish(this.channel, JSON.stringify(message))
        return message
      } catch (error) {
        this.localOnly++
        log.warn({ err: error, topic, type }, 'Redis did not take a live message: delivered on this replica only')
      }
    }
    const message: LiveMessage = { id: id ?? this.localSequence + 1, topic, type, data, at }
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

  /** Buffered messages on `topics` after `lastId`; `complete` is false when the buffer no longer reaches back that far. */
  since(lastId: number, topics: Set<string>): { messages: LiveMessage[]; complete: boolean } {
    const oldest = this.buffer[0]?.id
    const complete = oldest === undefined || oldest <= lastId + 1
    return { messages: this.buffer.filter((message) => message.id > lastId && topics.has(message.topic)), complete }
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
    this.buffer.push(message)
    if (this.buffer.length > this.bufferSize) this.buffer.splice(0, this.buffer.length - this.bufferSize)
    this.delivered++
    inSyncSpan('live.fanout', { 'playbook.live.topic': message.topic, 'playbook.live.type': message.type, 'playbook.live.listeners': this.emitter.listenerCount('message') }, () =>
      this.emitter.emit('message', message),
    )
  }
}
