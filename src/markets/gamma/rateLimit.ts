/**
 * Client-side sliding-window rate limiter. Gamma's limits are per endpoint per 10 s; staying under them here means
 * a burst waits for a slot instead of being answered 429 (or Cloudflare 1015) and burning the retry budget.
 */
import { rateLimited } from '../../errors'

export interface SlidingWindowOptions {
  windowMs: number
  /** Calls allowed per window, by bucket name. A bucket without a limit is unlimited. */
  limits: Record<string, number>
  /** Longest a call waits for a slot (queueing included) before it fails with RateLimited. */
  maxWaitMs: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Where upstream calls wait for room: this replica's window, or the one all replicas share (sharedRateWindow.ts). */
export interface RateWindow {
  /** Waits until every bucket has room, then records one call in each; RateLimited past the longest wait. */
  acquire(buckets: readonly string[]): Promise<void>
  /** After an upstream 429: no call in this bucket goes out before `until` (epoch ms). */
  pause(bucket: string, until: number): void
  /** Calls in the current window and the limit, per limited bucket (for metrics). */
  usage(): Promise<Record<string, { used: number; limit: number }>>
}

export class SlidingWindowLimiter implements RateWindow {
  private readonly sent = new Map<string, number[]>()
  private readonly pausedUntil = new Map<string, number>()
  /** Waiters queue per first bucket (the endpoint), so a full /events window never holds up /tags. */
  private readonly queues = new Map<string, Promise<unknown>>()
  private readonly now: () => number
  private readonly sleep: (ms: number) => Promise<void>

  constructor(private readonly options: SlidingWindowOptions) {
    this.now = options.now ?? Date.now
    this.sleep = options.sleep ?? realSleep
  }

  /** Waits until every bucket has room, then records one call in each. */
  acquire(buckets: readonly string[]): Promise<void> {
    const queueKey = buckets[0] ?? ''
    const deadline = this.now() + this.options.maxWaitMs
    const turn = (this.queues.get(queueKey) ?? Promise.resolve()).then(() => this.waitForSlot(buckets, deadline))
    // The queue only orders waiters; one waiter's failure must not fail the ones behind it.
    this.queues.set(
      queueKey,
      turn.catch(() => undefined),
    )
    return turn
  }

  /** After an upstream 429: no call in this bucket goes out before `until` (epoch ms). */
  pause(bucket: string, until: number): void {
    this.pausedUntil.set(bucket, Math.max(until, this.pausedUntil.get(bucket) ?? 0))
  }

  /** Calls recorded in the current window (for tests and metrics). */
  inWindow(bucket: string): number {
    return this.prune(bucket, this.now()).length
  }

  async usage(): Promise<Record<string, { used: number; limit: number }>> {
    return Object.fromEntries(Object.entries(this.options.limits).map(([bucket, limit]) => [bucket, { used: this.inWindow(bucket), limit }]))
  }

  private async waitForSlot(buckets: readonly string[], deadline: number): Promise<void> {
    for (;;) {
      const now = this.now()
      const wait = Math.max(0, ...buckets.map((bucket) => this.waitFor(bucket, now)))
      if (wait === 0) {
        for (const bucket of buckets) this.record(bucket, now)
        return
      }
      if (now + wait > deadline) {
        throw rateLimited('upstream.rate_limited', {
          detail: 'Market data is busy, try again shortly',
          retryAfterSeconds: Math.ceil(wait / 1000),
          context: { buckets, waitMs: wait, reason: 'client_window_full' },
        })
      }
      await this.sleep(wait)
    }
  }

  /** Milliseconds until the bucket can take one more call. */
  private waitFor(bucket: string, now: number): number {
    const paused = Math.max(0, (this.pausedUntil.get(bucket) ?? 0) - now)
    const limit = this.options.limits[bucket]
    if (limit === undefined) return paused
    const sent = this.prune(bucket, now)
    if (sent.length < limit) return paused
    // The call that frees a slot is the one `limit` places back from the newest.
    const freeing = sent[sent.length - limit]!
    return Math.max(paused, freeing + this.options.windowMs - now)
  }

  private record(bucket: string, now: number): void {
    if (this.options.limits[bucket] === undefined) return
    const sent = this.sent.get(bucket) ?? []
    sent.push(now)
    this.sent.set(bucket, sent)
  }

  private prune(bucket: string, now: number): number[] {
    const sent = this.sent.get(bucket) ?? []
    let expired = 0
    while (expired < sent.length && sent[expired]! <= now - this.options.windowMs) expired++
    if (expired > 0) sent.splice(0, expired)
    return sent
  }
}
