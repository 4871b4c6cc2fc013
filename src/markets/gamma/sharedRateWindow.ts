/**
 * The upstream's rate windows shared by every replica, in Redis: N replicas together send no more per window than
 * one client may (Gamma limits per egress IP, not per process). One script call (EVALSHA) per upstream call checks and
 * records every bucket atomically, on Redis's clock (replicas' clocks may differ); a 429's pause is shared too. A
 * cache miss's call makes none: the cache read that took its lock recorded the spend in the same script.
 * While Redis cannot answer, each replica falls back to its own in-process window.
 */

import type { Redis } from 'ioredis'

import { rateLimited } from '../../errors'
import { randomHex } from '../../log/context'
import { logger } from '../../log/logger'
import { luaScript } from '../../redis/script'
import { SPEND_LUA, type WindowSpend } from '../../redis/windowSpend'
import { takePrepaid } from './budget'
import type { RateWindow, SlidingWindowLimiter } from './rateLimit'

// Sliding log per bucket (redis/windowSpend.ts). Returns 0 (recorded) or the ms until every bucket has room.
const ACQUIRE = luaScript('playbookUpstreamAcquire', `${SPEND_LUA}\nreturn spend(KEYS, tonumber(ARGV[1]), ARGV[2], { unpack(ARGV, 3) })`)

// A pause only ever moves later; `until` arrives as a delay, converted on Redis's clock. GET of a missing pause reads 0.
const PAUSE = luaScript(
  'playbookUpstreamPause',
  `
local t = redis.call('TIME')
local at = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + tonumber(ARGV[1])
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if at > cur then redis.call('SET', KEYS[1], at, 'PX', ARGV[1]) end
return 0`,
)

export interface SharedRateWindowOptions {
  redis: Redis
  prefix: string
  windowMs: number
  limits: Record<string, number>
  maxWaitMs: number
  /** Used while Redis cannot answer. */
  fallback: SlidingWindowLimiter
  sleep?: (ms: number) => Promise<void>
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export class SharedRateWindow implements RateWindow {
  private readonly sleep: (ms: number) => Promise<void>
  private warned = false

  constructor(private readonly options: SharedRateWindowOptions) {
    this.sleep = options.sleep ?? realSleep
  }

  /** What `acquire(buckets)` records, for a script that records it in a round trip of its own (a cache read's). */
  spendFor(buckets: readonly string[]): WindowSpend {
    const limited = buckets.filter((bucket) => this.options.limits[bucket] !== undefined)
    return {
      keys: limited.map((bucket) => `${this.options.prefix}${bucket}`),
      windowMs: this.options.windowMs,
      member: randomHex(8),
      limits: limited.map((bucket) => this.options.limits[bucket]!),
    }
  }

  async acquire(buckets: readonly string[]): Promise<void> {
    // Recorded already, by the cache read that took the lock for this load (see budget.ts).
    if (takePrepaid(buckets)) return
    const { keys, windowMs, member, limits } = this.spendFor(buckets)
    const args = [windowMs, member, ...limits]
    const deadline = Date.now() + this.options.maxWaitMs
    for (;;) {
      let wait: number
      try {
        wait = Number(await ACQUIRE(this.options.redis, keys, args))
        this.warned = false
      } catch (error) {
        if (!this.warned) logger.warn({ component: 'gamma', err: error }, 'shared upstream budget unavailable: counting in this replica until Redis answers')
        this.warned = true
        return this.options.fallback.acquire(buckets)
      }
      if (wait === 0) return
      if (Date.now() + wait > deadline) {
        throw rateLimited('upstream.rate_limited', {
          detail: 'Market data is busy, try again shortly',
          retryAfterSeconds: Math.ceil(wait / 1000),
          context: { buckets, waitMs: wait, reason: 'shared_window_full' },
        })
      }
      await this.sleep(wait)
    }
  }

  /** Every replica's calls in the window (read on this replica's clock: a scrape, not a decision). */
  async usage(): Promise<Record<string, { used: number; limit: number }>> {
    const buckets = Object.entries(this.options.limits)
    const since = Date.now() - this.options.windowMs
    try {
      const pipeline = this.options.redis.pipeline()
      for (const [bucket] of buckets) pipeline.zcount(`${this.options.prefix}${bucket}`, since, '+inf')
      const counts = (await pipeline.exec()) ?? []
      return Object.fromEntries(buckets.map(([bucket, limit], index) => [bucket, { used: Number(counts[index]?.[1] ?? 0), limit }]))
    } catch {
      return this.options.fallback.usage()
    }
  }

  pause(bucket: string, until: number): void {
    this.options.fallback.pause(bucket, until)
    const ms = until - Date.now()
    if (ms <= 0) return
    void PAUSE(this.options.redis, [`${this.options.prefix}${bucket}:pause`], [ms]).catch((error: unknown) => logger.warn({ component: 'gamma', err: error, bucket }, 'upstream pause not shared'))
  }
}
