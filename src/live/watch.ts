/**
 * What live clients watch, across replicas: each replica counts its own streams' items (`event:{slug}`,
 * `feed:{explore tag slug}`) and holds a lease on each in one Redis sorted set (score: when the lease ends), renewed
 * while a stream of its own still watches it. A replica that dies stops renewing, so its items drop out within a
 * lease period; nothing has to clean up after it. Without Redis the replica's own items are the whole set.
 */
import type { Redis } from 'ioredis'

import { logger } from '../log/logger'

const log = logger.child({ component: 'live-watch' })

export interface WatchOptions {
  leaseMs: number
  now?: () => number
}

export class WatchRegistry {
  private readonly counts = new Map<string, number>()
  private readonly now: () => number
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly redis: Redis | null,
    private readonly key: string,
    private readonly options: WatchOptions,
  ) {
    this.now = options.now ?? Date.now
  }

  /** Counts a stream's items as watched until the returned function is called. */
  watch(items: readonly string[]): () => void {
    const fresh = items.filter((item) => {
      const count = this.counts.get(item) ?? 0
      this.counts.set(item, count + 1)
      return count === 0
    })
    if (fresh.length > 0) void this.lease(fresh)
    let released = false
    return () => {
      if (released) return
      released = true
      for (const item of items) {
        const count = (this.counts.get(item) ?? 1) - 1
        if (count > 0) this.counts.set(item, count)
        else this.counts.delete(item)
      }
    }
  }

  /** Items some replica's clients watch now. */
  async watched(): Promise<string[]> {
    if (!this.redis) return this.local
    // One command per call (the refresher asks every tick); lapsed leases are swept when leases are renewed.
    return this.redis.zrangebyscore(this.key, `(${this.now()}`, '+inf')
  }

  /** This replica's own items. */
  get local(): string[] {
    return [...this.counts.keys()]
  }

  /** Renews this replica's leases every third of a lease period. */
  start(): void {
    if (this.timer || !this.redis) return
    this.timer = setInterval(() => void this.renew(), Math.max(50, Math.floor(this.options.leaseMs / 3)))
    this.timer.unref()
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  private async renew(): Promise<void> {
    await this.lease(this.local)
    await this.redis?.zremrangebyscore(this.key, '-inf', this.now()).catch((error: unknown) => log.warn({ err: error }, 'lapsed watch leases not swept'))
  }

  private async lease(items: string[]): Promise<void> {
    if (!this.redis || items.length === 0) return
    const until = this.now() + this.options.leaseMs
    try {
      // GT: a lease is only ever extended, never cut short by a replica whose clock runs behind.
      await this.redis.zadd(this.key, 'GT', ...items.flatMap((item) => [until, item]))
    } catch (error) {
      log.warn({ err: error }, 'watch leases not renewed')
    }
  }
}
