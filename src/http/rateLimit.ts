/**
 * Per-client request limits (search, ingestion, misses): a fixed window counted in Redis, shared by every replica;
 * in-process when Redis is absent or failing. Over the limit: a 429 problem with Retry-After.
 *
 * A request is counted on its own (`check`: INCRBY + PEXPIRE in one pipeline), or as an admission carried by its
 * first cache read, in that read's round trip (cache/swr.ts): a miss then pays one round trip before it loads.
 */
import type { Redis } from 'ioredis'

import type { Admission, AdmissionClaim } from '../cache/swr'
import { logger } from '../log/logger'
import type { CodeOf } from '../errorCodes'
import { type AppError, rateLimited } from '../errors'

type NameOf<Code> = Code extends `${infer Name}.rate_limited` ? Name : never
type LimitName = NameOf<CodeOf<'RateLimited'>>

export interface RateLimit {
  /** Its refusals are `{name}.rate_limited`, a code of the catalogue. */
  name: Exclude<LimitName, 'upstream' | 'live'>
  limit: number
  windowMs: number
}

export interface AdmissionOptions {
  /** Requests it counts for (e.g. one per upstream read a request may cause). */
  cost?: number
  /** Owed only once `owe` is called (a response-cache miss): a request served from the response cache costs nothing. */
  onMiss?: boolean
}

/** The refusals admissions made: a request that joined another's build and got its refusal builds again. */
const refusals = new WeakSet<object>()

/** A request that joined another's response build may meet that request's refusal this many times before it gives up. */
const MAX_RUNS = 3

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

  /** Counts `cost` requests of `client` against `rule` now; throws RateLimited when over. `route` labels the refusal. */
  check(rule: RateLimit, client: string, route = '', cost = 1): Promise<void> {
    return this.admission(rule, client, route, { cost }).counted()
  }

  /** One request's count against `rule`, to be made by its first cache read (see `RequestAdmission`). */
  admission(rule: RateLimit, client: string, route = '', options: AdmissionOptions = {}): RequestAdmission {
    return new RequestAdmission(this, rule, client, route, options.cost ?? 1, !options.onMiss)
  }

  /** The window `rule` is in now, and its counter for `client`. */
  window(rule: RateLimit, client: string): { window: number; key: string } {
    const window = Math.floor(this.now() / rule.windowMs)
    return { window, key: `${this.prefix}rl:${rule.name}:${client}:${window}` }
  }

  /** The refusal for a count over the limit, or undefined. */
  refusalOf(rule: RateLimit, client: string, route: string, window: number, count: number): AppError | undefined {
    if (count <= rule.limit) return undefined
    const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * rule.windowMs - this.now()) / 1000))
    const refusal = `${rule.name} ${route}`
    this.refusals.set(refusal, (this.refusals.get(refusal) ?? 0) + 1)
    const error = rateLimited(`${rule.name}.rate_limited`, {
      detail: `Too many requests: at most ${rule.limit} per ${rule.windowMs / 1000} s. Retry in ${retryAfterSeconds} s.`,
      retryAfterSeconds,
      context: { client, count },
    })
    refusals.add(error)
    return error
  }

  /** Counts in Redis (one pipelined round trip) when it is ready, else or when it fails in-process. */
  async increment(key: string, windowMs: number, cost: number): Promise<number> {
    if (this.redis && this.redis.status === 'ready') {
      try {
        const results = await this.redis.multi().incrby(key, cost).pexpire(key, windowMs).exec()
        const count = results?.[0]?.[1]
        if (typeof count === 'number') return count
      } catch (error) {
        return this.incrementLocally(key, windowMs, cost, error)
      }
    }
    return this.incrementLocally(key, windowMs, cost)
  }

  /** Counts in this process; `failure` is the Redis error that made it necessary, if one did. */
  incrementLocally(key: string, windowMs: number, cost: number, failure?: unknown): number {
    if (failure !== undefined) {
      // Redis failing: count in-process rather than refuse or let everything through.
      this.counters.redisErrors++
      logger.warn({ component: 'rate-limit', err: failure }, 'redis failed; counting this request in-process')
    }
    const now = this.now()
    for (const [staleKey, entry] of this.local) if (entry.resetsAt <= now) this.local.delete(staleKey)
    const entry = this.local.get(key) ?? { count: 0, resetsAt: now + windowMs }
    entry.count += cost
    this.local.set(key, entry)
    return entry.count
  }
}

/**
 * One request's count against a limit, made once: by the request's first cache read, in that read's round trip
 * (`claim`, then `settle` with what Redis counted), or on its own when no read made it (`counted`). Over the limit,
 * the request fails with the limit's 429 and nothing is read, locked or loaded on its account.
 */
export class RequestAdmission implements Admission {
  private state: 'idle' | 'owed' | 'claimed' | 'admitted' | 'refused'
  private refusal: AppError | undefined
  private readonly verdict: Promise<void>
  private decide!: (refusal?: AppError) => void

  constructor(
    private readonly limiter: RateLimiter,
    private readonly rule: RateLimit,
    private readonly client: string,
    private readonly route: string,
    private readonly cost: number,
    owed: boolean,
  ) {
    this.state = owed ? 'owed' : 'idle'
    this.verdict = new Promise<void>((resolve, reject) => (this.decide = (refusal) => (refusal ? reject(refusal) : resolve())))
    // Awaited by the reads that need it; a refusal nobody waited for is not an unhandled rejection.
    this.verdict.catch(() => undefined)
  }

  /** For the response cache's `onMiss`: this request starts a build, so it owes its count. */
  readonly owe = async (): Promise<void> => {
    if (this.state === 'idle') this.state = 'owed'
  }

  claim(): AdmissionClaim | undefined {
    if (this.state !== 'owed') return undefined
    this.state = 'claimed'
    const { window, key } = this.limiter.window(this.rule, this.client)
    const settle = (count: number) => {
      this.refusal = this.limiter.refusalOf(this.rule, this.client, this.route, window, count)
      this.state = this.refusal ? 'refused' : 'admitted'
      this.decide(this.refusal)
      if (this.refusal) throw this.refusal
    }
    return {
      key,
      cost: this.cost,
      windowMs: this.rule.windowMs,
      limit: this.rule.limit,
      settle: (total, failure) => settle(total ?? this.limiter.incrementLocally(key, this.rule.windowMs, this.cost, failure)),
      alone: async () => settle(await this.limiter.increment(key, this.rule.windowMs, this.cost)),
    }
  }

  pending(): Promise<void> | undefined {
    return this.state === 'claimed' || this.state === 'refused' ? this.verdict : undefined
  }

  /** Makes the count now if it is owed and no read made it; throws the refusal when over. */
  async counted(): Promise<void> {
    await this.claim()?.alone()
    await this.pending()
  }

  /**
   * Runs a request's work (a cached build whose reads carry this admission) and makes sure it is counted: by a read,
   * or on its own after (a response-cache hit, or a build it joined). A build it joined fails with the refusal of
   * the request that started it: then it builds again, on its own count. Its own refusal wins over other failures.
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    for (let runs = 1; ; runs++) {
      let result: T
      try {
        result = await work()
      } catch (error) {
        if (runs < MAX_RUNS && refusals.has(error as object) && error !== this.refusal) continue
        await this.counted()
        throw error
      }
      await this.counted()
      return result
    }
  }
}
