/**
 * The Redis fast path in front of the Postgres guarantee. `SET key pending NX GET` claims a key in one round trip
 * and shows what an earlier request left: a finished request (its body's hash and its row id: a different body is
 * a 409 at once, the same body is replayed from Postgres, which alone holds answers), or a request still in flight
 * (with a different body: 409 at once; with the same: wait on Postgres' unique constraint). A claim whose write
 * fails is released (compare-and-delete), so a retry is not turned away. Redis never holds response bodies.
 */
import { randomBytes } from 'node:crypto'

import type { Redis } from 'ioredis'

import { logger } from '../log/logger'

const PENDING_MS = 30_000
/** Retries come within minutes; later ones find the answer in Postgres all the same. */
const DONE_SECONDS = 10 * 60
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`

export type Claim =
  | { kind: 'claimed'; key: string; value: string }
  | { kind: 'pending'; hash: string }
  | { kind: 'done'; hash: string; requestId: string }

type Pipeline = ReturnType<Redis['pipeline']>

export class IdempotencyFastPath {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(apiKeyId: number, idempotencyKey: string): string {
    return `${this.prefix}idem:${apiKeyId}:${idempotencyKey}`
  }

  /** null when Redis is unavailable: Postgres alone decides then. */
  async claim(apiKeyId: number, idempotencyKey: string, hash: string): Promise<Claim | null> {
    const key = this.key(apiKeyId, idempotencyKey)
    const value = `p:${randomBytes(9).toString('base64url')}:${hash}`
    try {
      const previous = (await this.redis.call('SET', key, value, 'PX', PENDING_MS, 'NX', 'GET')) as string | null
      if (previous === null) return { kind: 'claimed', key, value }
      if (previous.startsWith('d:')) {
        const end = previous.indexOf(':', 2)
        return { kind: 'done', hash: previous.slice(2, end), requestId: previous.slice(end + 1) }
      }
      return { kind: 'pending', hash: previous.slice(previous.lastIndexOf(':') + 1) }
    } catch (error) {
      logger.warn({ component: 'rewards', err: error }, 'idempotency fast path unavailable')
      return null
    }
  }

  /** Queues "finished: this body hash, this request row" on a pipeline (sent with the leaderboard update). */
  complete(pipeline: Pipeline, apiKeyId: number, idempotencyKey: string, hash: string, requestId: string): void {
    pipeline.set(this.key(apiKeyId, idempotencyKey), `d:${hash}:${requestId}`, 'EX', DONE_SECONDS)
  }

  async release(claim: Extract<Claim, { kind: 'claimed' }>): Promise<void> {
    // A claim that cannot be released expires with its TTL; say so, the retry waits until then.
    await this.redis.eval(RELEASE, 1, claim.key, claim.value).catch((error: unknown) => logger.warn({ component: 'rewards', err: error, key: claim.key }, 'idempotency claim not released; it expires with its TTL'))
  }
}
