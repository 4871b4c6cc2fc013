/**
 * Market changes for live clients, seen wherever market data is loaded (a request's load or the live refresher):
 * each loaded event's state (prices, status, game state) replaces the last one recorded in Redis in one script, so
 * of two replicas loading the same change only one sees the old state and announces it, and a load that began
 * before the recorded one (a slow list read finishing after a fresh refresh) is ignored rather than announced as
 * prices moving back. The announcement carries what changed, so clients need not refetch.
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

/**
 * KEYS: state keys. ARGV: TTL ms, then per key its load's start (ms) and state. Records each state unless the recorded
 * one comes from a later load; answers per key `N` (first sighting), `S` (older than recorded: ignored) or the
 * previous record (`{loadedAt}|{state}`).
 */
const SWAP_SCRIPT = `
local out = {}
for i, key in ipairs(KEYS) do
  local at = tonumber(ARGV[2 * i])
  local old = redis.call('GET', key)
  local oldAt = old and tonumber(string.match(old, '^(%d+)|'))
  if oldAt and oldAt > at then
    out[i] = 'S'
  else
    redis.call('SET', key, at .. '|' .. ARGV[2 * i + 1], 'PX', ARGV[1])
    out[i] = old or 'N'
  end
end
return out
`

type Previous = { kind: 'first' } | { kind: 'older' } | { kind: 'was'; state: string }

const previousOf = (answer: string): Previous =>
  answer === 'N' ? { kind: 'first' } : answer === 'S' ? { kind: 'older' } : { kind: 'was', state: answer.slice(answer.indexOf('|') + 1) }

export class MarketChangeDetector {
  private readonly local = new Map<string, string>()

  constructor(
    private readonly bus: LiveBus,
    private readonly redis: Redis | null,
    private readonly prefix: string,
  ) {
    redis?.defineCommand('swapMarketStates', { lua: SWAP_SCRIPT })
  }

  /** One Redis round trip per load, whatever the number of events; `loadedAt` is when the load began. */
  async loaded(events: readonly GammaEvent[], loadedAt = Date.now()): Promise<void> {
    if (events.length === 0) return
    const keys = events.map((event) => `${this.prefix}state:${event.slug}`)
    const states = events.map((event) => JSON.stringify(eventState(event)))
    const previous = await this.swap(keys, states, Math.floor(loadedAt))
    const changed: Array<{ event: GammaEvent; data: LiveEventData<'market.changed'> }> = []
    events.forEach((event, index) => {
      const before = previous[index]!
      // A first sighting is not a change: nobody can have seen an older state through us.
      if (before.kind !== 'was' || before.state === states[index]) return
      changed.push({ event, data: changeOf(event.slug, JSON.parse(before.state) as RecordedState, JSON.parse(states[index]!) as RecordedState) })
    })
    // One script per topic, all sent at once (ioredis pipelines them): the load waits for one round trip, not many.
    await Promise.all(
      changed.flatMap(({ event, data }) => [`event:${event.slug}`, ...event.tagIds.map((tagId) => `tag:${tagId}`)].map((topic) => this.bus.publish(topic, 'market.changed', data))),
    )
  }

  private async swap(keys: string[], states: string[], loadedAt: number): Promise<Previous[]> {
    if (!this.redis) {
      return keys.map((key, index) => {
        const before = this.local.get(key)
        const beforeAt = before ? Number(before.slice(0, before.indexOf('|'))) : null
        if (beforeAt !== null && beforeAt > loadedAt) return { kind: 'older' }
        this.local.set(key, `${loadedAt}|${states[index]!}`)
        return before ? previousOf(before) : { kind: 'first' }
      })
    }
    const run = (this.redis as unknown as SwapCommand).swapMarketStates
    const answers = await run.call(this.redis, keys.length, ...keys, STATE_TTL_MS, ...states.flatMap((state) => [loadedAt, state]))
    return answers.map(previousOf)
  }
}

interface SwapCommand {
  swapMarketStates(...args: Array<string | number>): Promise<string[]>
}
