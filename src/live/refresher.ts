/**
 * Refreshes what live clients watch, without waiting for anyone's request: every tick each replica reads the watched
 * items, and for each one that is due claims it in Redis (`SET NX` with the item's cadence as the expiry). The one
 * replica that wins reloads it through the market store — which stores it, then announces what changed — and sets
 * the claim to expire at its next due time: live games every `liveMs`, other items every `openMs`. A replica that
 * loses a claim waits out its remaining time before trying that item again, so claims cost about one round trip per
 * item per cadence per replica. A replica claims only as many items as it can refresh at once (`concurrency`), and
 * a tick never waits for refreshes, so a backlog delays no item by more than a few refreshes. While Redis is away
 * each replica refreshes what its own clients watch.
 *
 * An item keeps its cadence to the millisecond, not to the tick: its next refresh is due a cadence after the one it
 * was due for (not after the late start), its claim expires at that instant, and a tick that finds an item due
 * before the next tick wakes for it. Counted from a late start, a 2 s cadence ticked every 250 ms ran every 2.15 s
 * on average and up to 2.25 s (BENCHMARKS.md, scenario 8b).
 */
import type { Redis } from 'ioredis'

import { logger } from '../log/logger'
import type { WatchRegistry } from './watch'

const log = logger.child({ component: 'live-refresh' })

/** What a refresh found: the item is a game in play (fast cadence), open, or gone/settled (slow). */
export type RefreshResult = 'live' | 'open' | 'settled'

export interface RefresherOptions {
  registry: WatchRegistry
  redis: Redis | null
  /** Redis key prefix of the claims. */
  prefix: string
  liveMs: number
  openMs: number
  settledMs: number
  tickMs: number
  /** Items refreshed at once by one replica. */
  concurrency?: number
  refresh: (item: string) => Promise<RefreshResult>
  /** The wall clock in ms: claims expire at instants of it (Redis keeps the same clock). */
  now?: () => number
}

export class LiveRefresher {
  private readonly nextAttempt = new Map<string, number>()
  private readonly now: () => number
  private timer: NodeJS.Timeout | undefined
  /** A one-off tick for an item due before the next regular one, and when it fires. */
  private wake: { timer: NodeJS.Timeout; at: number } | undefined
  private running = false
  private readonly inFlight = new Set<string>()
  /** Refreshes this replica ran, and claims it lost to another replica. */
  readonly counters = { refreshes: 0, failures: 0, claimsLost: 0 }

  constructor(private readonly options: RefresherOptions) {
    this.now = options.now ?? Date.now
  }

  start(): void {
    if (this.timer) return
    this.timer = setInterval(() => void this.tick(), this.options.tickMs)
    this.timer.unref()
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
    clearTimeout(this.wake?.timer)
    this.wake = undefined
  }

  /** One pass: claim what is due (as many as there are free refresh slots), start refreshing what was won. */
  async tick(): Promise<void> {
    if (this.running) return
    this.running = true
    try {
      const free = (this.options.concurrency ?? 4) - this.inFlight.size
      if (free <= 0) return
      const now = this.now()
      const watched = await this.options.registry.watched().catch((error: unknown) => {
        log.warn({ err: error }, 'watched items unreadable: refreshing this replica’s own')
        return this.options.registry.local
      })
      const known = new Set(watched)
      for (const item of this.nextAttempt.keys()) if (!known.has(item)) this.nextAttempt.delete(item)
      // The longest overdue first, so a backlog is worked through in order.
      const due = watched
        .filter((item) => !this.inFlight.has(item) && (this.nextAttempt.get(item) ?? 0) <= now)
        .sort((a, b) => (this.nextAttempt.get(a) ?? 0) - (this.nextAttempt.get(b) ?? 0))
        .slice(0, free)
      if (due.length > 0) {
        for (const item of await this.claim(due)) {
          this.inFlight.add(item)
          void this.refreshOne(item, this.nextAttempt.get(item)).finally(() => this.inFlight.delete(item))
        }
      }
      this.wakeForNextDue(watched)
    } catch (error) {
      log.warn({ err: error }, 'live refresh pass failed')
    } finally {
      this.running = false
    }
  }

  /** Arms a one-off tick for the earliest item due before the next regular tick. */
  private wakeForNextDue(watched: readonly string[]): void {
    if (!this.timer) return
    const now = this.now()
    let at = Number.POSITIVE_INFINITY
    for (const item of watched) {
      const next = this.nextAttempt.get(item)
      if (next !== undefined && next > now && next < at && !this.inFlight.has(item)) at = next
    }
    if (at - now >= this.options.tickMs || (this.wake && this.wake.at <= at)) return
    clearTimeout(this.wake?.timer)
    const timer = setTimeout(() => {
      this.wake = undefined
      void this.tick()
    }, at - now)
    timer.unref()
    this.wake = { timer, at }
  }

  private claimKey = (item: string) => `${this.options.prefix}live:due:${item}`

  /** The items this replica won; for the others, when their claim ends. */
  private async claim(items: string[]): Promise<string[]> {
    const { redis, openMs } = this.options
    if (!redis) return items
    const pipeline = redis.pipeline()
    // Held for the slow cadence while the refresh runs; shortened to the item's own cadence once it is done.
    for (const item of items) pipeline.set(this.claimKey(item), '1', 'PX', openMs, 'NX').pttl(this.claimKey(item))
    const results = await pipeline.exec().catch((error: unknown) => {
      log.warn({ err: error }, 'refresh claims unavailable: refreshing without them')
      return null
    })
    if (!results) return items
    const now = this.now()
    return items.filter((item, index) => {
      const [, claimed] = results[index * 2] ?? []
      if (claimed === 'OK') return true
      this.counters.claimsLost++
      const [, remaining] = results[index * 2 + 1] ?? []
      this.nextAttempt.set(item, now + Math.max(1, Number(remaining) || this.options.tickMs))
      return false
    })
  }

  /** Refreshes an item that was due at `dueAt` (undefined: never refreshed here), and schedules its next refresh. */
  private async refreshOne(item: string, dueAt: number | undefined): Promise<void> {
    const started = this.now()
    // A failed refresh is tried again at the fast cadence: waiting the slow one would hide a change for that long.
    // The upstream budget, not this, bounds how often a failing upstream is asked.
    let result: RefreshResult = 'live'
    try {
      result = await this.options.refresh(item)
      this.counters.refreshes++
    } catch (error) {
      this.counters.failures++
      log.warn({ err: error, item }, 'live refresh failed')
    }
    const cadence = result === 'live' ? this.options.liveMs : result === 'settled' ? this.options.settledMs : this.options.openMs
    // On the item's own schedule while it keeps to it; from this start after a backlog or a first refresh.
    const next = (dueAt !== undefined && started - dueAt < cadence ? dueAt : started) + cadence
    this.nextAttempt.set(item, next)
    // The claim ends at that instant (a time already past ends it now), so whichever replica wakes for it wins it then.
    await this.options.redis?.pexpireat(this.claimKey(item), Math.max(next, this.now() + 1)).catch((error: unknown) => log.warn({ err: error, item }, 'live refresh claim not rescheduled'))
  }
}
