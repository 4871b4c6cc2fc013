/**
 * Per-client request limits (search, ingestion): a fixed window counted in Redis, one round trip (INCR + PEXPIRE in
 * a pipeline), shared by every replica; in-process when Redis is absent or failing. Over the limit: a 429 problem
 * with Retry-After.
 */
import type { Redis } from 'ioredis'

import { logger } from '../log/logger'
import type { CodeOf } from '../errorCodes'
import { rateLimited } from '../errors'

type NameOf<Code> = Code extends `${infer Name}.rate_limited` ? Name : never
type LimitName = NameOf<CodeOf<'RateLimited'>>

export interface RateLimit {
  /** Its refusals are `{name}.rate_limited`, a code of the catalogue. */
  name: Exclude<LimitName, 'upstream' | 'live'>
  limit: number
  windowMs: number
}

export class RateLimiter {
  private readonly local = new Map<string, { count: number; resetsAt: number }>()
  /** Redis commands that failed while the client was ready; those requests were counted in-process. */
  readonly counters = { redisErrors: 0 }
  /** Requests refused, by `limit route` (route templates: a bounded set). */
  readonly refusals = new Map<string, number>()

  constructor(
    private readonly redis: Redis | null,
    private readonly prefix: string,
    private readonly now: () => number = Date.now,
    /** Response-cache builds a client may start per window (see api/v1/limits.ts). */
    readonly missLimit: RateLimit = { name: 'miss', limit: 120, windowMs: 10_000 },
  ) {}

  /** Counts one request of `client` against `rule`; throws RateLimited when over. `route` labels the refusal. */
  /** Counts `cost` requests (e.g. one per upstream read a request may cause) against the client's window. */
  async check(rule: RateLimit, client: string, route = '', cost = 1): Promise<void> {
    const window = Math.floor(this.now() / rule.windowMs)
    const key = `${this.prefix}rl:${rule.name}:${client}:${window}`
    const count = await this.increment(key, rule.windowMs, cost)
    if (count > rule.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * rule.windowMs - this.now()) / 1000))
      const refusal = `${rule.name} ${route}`
      this.refusals.set(refusal, (this.refusals.get(refusal) ?? 0) + 1)
      throw rateLimited(`${rule.name}.rate_limited`, {
        detail: `Too many requests: at most ${rule.limit} per ${rule.windowMs / 1000} s. Retry in ${retryAfterSeconds} s.`,
        retryAfterSeconds,
        context: { client, count },
      })
    }
  }

  private async increment(key: string, windowMs: number, cost: number): Promise<number> {
    if (this.redis && this.redis.status === 'ready') {
      try {
        const results = await this.redis.multi().incrby(key, cost).pexpire(key, windowMs).exec()
        const count = results?.[0]?.[1]
        if (typeof count === 'number') return count
      } catch (error) {
        // Redis failing: count in-process rather than refuse or let everything through.
        this.counters.redisErrors++
        logger.warn({ component: 'rate-limit', err: error }, 'redis failed; counting this request in-process')
      }
    }
    const now = this.now()
    for (const [staleKey, entry] of this.local) if (entry.resetsAt <= now) this.local.delete(staleKey)
    const entry = this.local.get(key) ?? { count: 0, resetsAt: now + windowMs }
    entry.count += cost
    this.local.set(key, entry)
    return entry.count
  }
}
