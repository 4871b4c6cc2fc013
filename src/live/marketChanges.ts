/**
 * Market changes for live clients, seen wherever market data is loaded (a request's load or the live refresher):
 * each loaded event's state (prices, status, game state) is swapped atomically with the last one recorded in Redis
 * (`SET … GET`), so of two replicas loading the same change only one sees the old state and announces it. The
 * announcement carries what changed (the changed markets' prices, the game state), so clients need not refetch.
 */
import type { Redis } from 'ioredis'

import type { GammaEvent } from '../markets/gamma/types'
import type { LiveBus } from './bus'
import type { LiveEventData } from './events'

/** What a client is told of an event: its status, game state and markets, in the form the state is recorded in. */
interface RecordedState {
  closed: boolean
  live: boolean
  ended: boolean
  score: string | null
  period: string | null
  elapsed: string | null
  /** Market id → [closed, outcomes, prices]. */
  markets: Record<string, [boolean, string[], string[]]>
}

export function eventState(event: GammaEvent): RecordedState {
  const markets: RecordedState['markets'] = {}
  for (const market of event.markets) markets[market.id] = [market.closed, market.outcomes, market.outcomePrices.map((price) => price.toFixed())]
  return { closed: event.closed, live: event.live, ended: event.ended, score: event.score ?? null, period: event.period ?? null, elapsed: event.elapsed ?? null, markets }
}

const sameMarket = (a: RecordedState['markets'][string] | undefined, b: RecordedState['markets'][string]) =>
  a !== undefined && a[0] === b[0] && a[2].length === b[2].length && a[2].every((price, index) => price === b[2][index])

/** The `market.changed` data for an event whose state went from `previous` to `next`: only the markets that changed. */
export function changeOf(slug: string, previous: RecordedState, next: RecordedState): LiveEventData<'market.changed'> {
  const markets = Object.entries(next.markets)
    .filter(([id, market]) => !sameMarket(previous.markets[id], market))
    .map(([id, [closed, outcomes, prices]]) => ({ id, closed, outcomes, prices }))
  return { slug, closed: next.closed, live: next.live, ended: next.ended, score: next.score, period: next.period, elapsed: next.elapsed, markets }
}

/** States are kept a day after the last load: long enough to compare, short enough not to pile up. */
const STATE_TTL_MS = 86_400_000

export class MarketChangeDetector {
  private readonly local = new Map<string, string>()

  constructor(
    private readonly bus: LiveBus,
    private readonly redis: Redis | null,
    private readonly prefix: string,
  ) {}

  /** One Redis round trip per load (a pipeline of `SET … GET`), whatever the number of events. */
  async loaded(events: GammaEvent[]): Promise<void> {
    if (events.length === 0) return
    const keys = events.map((event) => `${this.prefix}state:${event.slug}`)
    const states = events.map((event) => JSON.stringify(eventState(event)))
    const previous = await this.swap(keys, states)
    const changed: Array<{ event: GammaEvent; data: LiveEventData<'market.changed'> }> = []
    events.forEach((event, index) => {
      const before = previous[index]
      // A first sighting is not a change: nobody can have seen an older state through us.
      if (before === null || before === undefined || before === states[index]) return
      changed.push({ event, data: changeOf(event.slug, JSON.parse(before) as RecordedState, JSON.parse(states[index]!) as RecordedState) })
    })
    for (const { event, data } of changed) {
      await this.bus.publish(`event:${event.slug}`, 'market.changed', data)
      for (const tagId of event.tagIds) await this.bus.publish(`tag:${tagId}`, 'market.changed', data)
    }
  }

  private async swap(keys: string[], states: string[]): Promise<Array<string | null>> {
    if (!this.redis) {
      return keys.map((key, index) => {
        const before = this.local.get(key) ?? null
        this.local.set(key, states[index]!)
        return before
      })
    }
    const pipeline = this.redis.pipeline()
    keys.forEach((key, index) => pipeline.set(key, states[index]!, 'PX', STATE_TTL_MS, 'GET'))
    const results = (await pipeline.exec()) ?? []
    return results.map(([error, value]) => {
      if (error) throw error
      return (value as string | null) ?? null
    })
  }
}
