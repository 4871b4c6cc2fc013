/**
 * Open SSE streams of one replica, bounded: per client (a client that opens hundreds of streams holds sockets and
 * memory for nothing) and per replica (past capacity, the next client is better served by another replica), each
 * refused before the stream starts. Streams end after a maximum lifetime (with some jitter, so reconnects do not
 * come in waves) and clients reconnect, possibly elsewhere: load rebalances after a deploy or a scale-up.
 */
import { rateLimited, unavailable } from '../errors'

export interface StreamLimitOptions {
  perClient: number
  perReplica: number
  maxLifetimeMs: number
}

export interface StreamLease {
  /** How long this stream may stay open. */
  lifetimeMs: number
  release(): void
}

export class StreamLimits {
  private readonly byClient = new Map<string, number>()
  private total = 0
  /** Streams refused since start, by reason. */
  readonly refused = { perClient: 0, perReplica: 0 }

  constructor(
    readonly options: StreamLimitOptions,
    private readonly random: () => number = Math.random,
  ) {}

  get open(): number {
    return this.total
  }

  /** Counts a new stream of `client`, or throws (429 per client, 503 per replica) without counting it. */
  acquire(client: string): StreamLease {
    const mine = this.byClient.get(client) ?? 0
    if (mine >= this.options.perClient) {
      this.refused.perClient++
      throw rateLimited('live.too_many_streams', {
        detail: `At most ${this.options.perClient} live streams per client; close one (one stream carries many topics).`,
        retryAfterSeconds: 10,
      })
    }
    if (this.total >= this.options.perReplica) {
      this.refused.perReplica++
      throw unavailable('live.replica_full', { detail: 'This server holds as many live streams as it can; retry shortly.', retryAfterSeconds: 5 })
    }
    this.byClient.set(client, mine + 1)
    this.total++
    let released = false
    return {
      // 90–100 % of the maximum: streams opened together do not all end together.
      lifetimeMs: Math.round(this.options.maxLifetimeMs * (0.9 + 0.1 * this.random())),
      release: () => {
        if (released) return
        released = true
        this.total--
        const left = (this.byClient.get(client) ?? 1) - 1
        if (left === 0) this.byClient.delete(client)
        else this.byClient.set(client, left)
      },
    }
  }
}
