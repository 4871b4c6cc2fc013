/**
 * Market changes for live clients, seen where market data is loaded: each loaded event's fingerprint (prices,
 * status, score, period) is compared with the last one recorded in Redis; a change is published once, since a
 * refresh runs on one replica at a time (the cache's refresh lock).
 */
import { createHash } from 'node:crypto'

import type { Redis } from 'ioredis'

import type { GammaEvent } from '../markets/gamma/types'
import type { LiveBus } from './bus'

export function eventFingerprint(event: GammaEvent): string {
  const parts = [
    event.closed,
    event.live,
    event.ended,
    event.score ?? '',
    event.period ?? '',
    ...event.markets.map((market) => `${market.id}:${market.closed}:${market.outcomePrices.map((price) => price.toString()).join('/')}`),
  ]
  return createHash('sha1').update(parts.join('|')).digest('base64url')
}

export class MarketChangeDetector {
  private readonly local = new Map<string, string>()

  constructor(
    private readonly bus: LiveBus,
    private readonly redis: Redis | null,
    private readonly prefix: string,
  ) {}

  /** Two Redis round trips per load (MGET, then MSET of what changed), whatever the number of events. */
  async loaded(events: GammaEvent[]): Promise<void> {
    if (events.length === 0) return
    const keys = events.map((event) => `${this.prefix}fp:${event.slug}`)
    const fingerprints = events.map(eventFingerprint)
    const previous = this.redis ? await this.redis.mget(keys) : keys.map((key) => this.local.get(key) ?? null)
    const changed: number[] = []
    fingerprints.forEach((fingerprint, index) => {
      if (previous[index] !== fingerprint) changed.push(index)
    })
    if (changed.length === 0) return
    if (this.redis) await this.redis.mset(changed.flatMap((index) => [keys[index]!, fingerprints[index]!]))
    else for (const index of changed) this.local.set(keys[index]!, fingerprints[index]!)
    for (const index of changed) {
      // A first sighting is not a change: nobody can have seen an older state through us.
      if (previous[index] === null) continue
      const event = events[index]!
      const data = { slug: event.slug, closed: event.closed, live: event.live, score: event.score ?? null, period: event.period ?? null }
      await this.bus.publish(`event:${event.slug}`, 'market.changed', data)
      for (const tagId of event.tagIds) await this.bus.publish(`tag:${tagId}`, 'market.changed', data)
    }
  }
}
