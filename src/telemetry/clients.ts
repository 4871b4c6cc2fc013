/**
 * Spans for Postgres queries and Redis commands, on the client instances this process uses (Payload's pool and
 * our ioredis clients), rather than by patching the packages at load time: Next compiles its own copies of them,
 * which a load-time hook would not reach. A query or command gets a span only when the current trace records.
 */
import { type Attributes, type Span, SpanKind, trace } from '@opentelemetry/api'

import { type ClientPool, onEveryClient } from '../db/poolClients'
import { endSpan, tracer } from './spans'

function startIfRecording(name: string, attributes: Attributes): Span | null {
  if (!trace.getActiveSpan()?.isRecording()) return null
  return tracer().startSpan(name, { kind: SpanKind.CLIENT, attributes })
}

type Query = (...args: unknown[]) => unknown
interface Queryable {
  query: Query
}

/** Wraps `client.query` (promise or callback form, as pg-pool calls it) in a span per query. */
function traceQueries(client: Queryable): void {
  const original = client.query
  if ((original as { traced?: boolean }).traced) return
  const query: Query = function (this: unknown, ...args) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: unknown } | undefined)?.text
    const span = startIfRecording('pg.query', { 'db.system.name': 'postgresql', ...(typeof text === 'string' ? { 'db.query.text': text.slice(0, 1_000) } : {}) })
    if (!span) return original.apply(this, args)
    const last = args.length - 1
    const callback = args[last]
    if (typeof callback === 'function') {
      args[last] = function (this: unknown, error: unknown, result: unknown) {
        endSpan(span, error)
        return (callback as (error: unknown, result: unknown) => unknown).call(this, error, result)
      }
      return original.apply(this, args)
    }
    const result = original.apply(this, args) as Promise<unknown> | undefined
    if (result && typeof result.then === 'function') result.then(() => endSpan(span), (error: unknown) => endSpan(span, error))
    else endSpan(span)
    return result
  }
  ;(query as { traced?: boolean }).traced = true
  client.query = query
}

/** Every client of `pool`, those connected already and those to come. */
export function tracePostgresPool(pool: ClientPool<Queryable>): void {
  onEveryClient(pool, traceQueries)
}

interface RedisCommand {
  name: string
  promise: Promise<unknown>
}
interface RedisLike {
  sendCommand(command: RedisCommand, ...rest: unknown[]): unknown
}

/** Every command sent by `redis` (pipelines and transactions send theirs one by one through it too). */
export function traceRedis(redis: RedisLike): void {
  const original = redis.sendCommand.bind(redis)
  redis.sendCommand = (command: RedisCommand, ...rest: unknown[]) => {
    const span = startIfRecording(`redis ${command.name}`, { 'db.system.name': 'redis', 'db.operation.name': command.name })
    const sent = original(command, ...rest)
    if (span) command.promise.then(() => endSpan(span), (error: unknown) => endSpan(span, error))
    return sent
  }
}
