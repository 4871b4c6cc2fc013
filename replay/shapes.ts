/** How stored objects are dressed for a response: the slim event markets embed, `$schema` on single objects. */
import type { MarketEntry } from './dataset'
import type { WireEvent, WireMarket } from './wire'

const SLIM_EVENT_KEYS = [
  'id', 'ticker', 'slug', 'title', 'description', 'resolutionSource', 'startDate', 'creationDate', 'endDate', 'image', 'icon',
  'active', 'closed', 'archived', 'new', 'featured', 'restricted', 'liquidity', 'volume', 'openInterest', 'category',
  'createdAt', 'updatedAt', 'competitive', 'volume24hr', 'enableOrderBook', 'negRisk', 'commentCount', 'seriesSlug',
  'startTime', 'gameId', 'score', 'period', 'live', 'ended',
] as const satisfies ReadonlyArray<keyof WireEvent>

/** The event as embedded in a market (no markets, series, tags or teams), keeping only keys it has. */
export function slimEvent(event: WireEvent): Partial<WireEvent> {
  const slim: Record<string, unknown> = {}
  for (const key of SLIM_EVENT_KEYS) if (event[key] !== undefined) slim[key] = event[key]
  return slim as Partial<WireEvent>
}

export function marketWithEvent(entry: MarketEntry, includeTags: boolean): WireMarket {
  return {
    ...entry.market,
    events: [slimEvent(entry.event)],
    ...(includeTags ? { tags: entry.event.tags } : {}),
  }
}

export function withSchema<T extends object>(name: 'Event' | 'Market', value: T): { $schema: string } & T {
  return { $schema: `https://gamma-api.polymarket.com/schemas/${name}.json`, ...value }
}
