/** Changes tests and demos make to a running server's data: settling events and moving prices. */
import type { ReplayStore } from './dataset'
import { pgText, rfc3339 } from './dates'
import { encodeList } from './generate/prices'
import { ValidationError } from './query'
import type { SettleFilter } from './types'
import type { WireEvent, WireMarket } from './wire'

export class UnknownMarketError extends Error {}

function decodeList(encoded: string): string[] {
  try {
    const parsed: unknown = JSON.parse(encoded)
    return Array.isArray(parsed) ? parsed.map(String) : []
  } catch {
    return []
  }
}

/** Fallback when the data set holds no decided result: the outcome priced highest wins. */
function resolveByPrice(market: WireMarket): string[] {
  const prices = decodeList(market.outcomePrices).map(Number)
  const winner = prices.indexOf(Math.max(...prices))
  return prices.map((_, index) => (index === winner ? '1' : '0'))
}

function closeMarket(market: WireMarket, prices: string[], now: Date): void {
  market.outcomePrices = encodeList(prices)
  market.closed = true
  market.closedTime = pgText(now)
  market.updatedAt = now.toISOString()
  market.umaResolutionStatus = 'resolved'
  // Only keys the market already has change, so keys the upstream omitted stay omitted.
  if (market.acceptingOrders !== undefined) market.acceptingOrders = false
  if (market.volume24hr !== undefined) market.volume24hr = 0
  if (market.liquidityNum !== undefined) market.liquidityNum = 0
  if (market.liquidity !== undefined) market.liquidity = '0'
  if (market.competitive !== undefined) market.competitive = 0
  if (market.bestBid !== undefined) market.bestBid = 0
  if (market.bestAsk !== undefined) market.bestAsk = 1
  if (market.spread !== undefined) market.spread = 1
  if (market.lastTradePrice !== undefined) market.lastTradePrice = prices[0] === '1' ? 0.999 : 0.001
}

function closeEvent(store: ReplayStore, event: WireEvent, now: Date): void {
  const pending = store.pending[event.id]
  for (const market of event.markets) {
    if (market.closed) continue
    closeMarket(market, pending?.prices[market.id] ?? resolveByPrice(market), now)
  }
  event.closed = true
  event.closedTime = rfc3339(now)
  event.updatedAt = now.toISOString()
  if (event.volume24hr !== undefined) event.volume24hr = 0
  if (event.liquidity !== undefined) event.liquidity = 0
  if (event.gameId !== undefined) {
    event.live = false
    event.ended = true
    event.finishedTimestamp = rfc3339(now)
    if (pending?.score !== undefined) event.score = pending.score
    event.period = pending?.period ?? 'VFT'
    if (event.elapsed !== undefined) event.elapsed = ''
  }
  delete store.pending[event.id]
}

/** Closes the open, unarchived events that match, with the results decided when the data set was generated. */
export function settle(store: ReplayStore, filter: SettleFilter, now: Date): string[] {
  if (filter.tagId === undefined && filter.eventIds === undefined) throw new ValidationError('settle needs tagId or eventIds')
  const ids = filter.eventIds ? new Set(filter.eventIds.map(String)) : undefined
  const candidates = filter.tagId !== undefined ? (store.eventsByTag.get(filter.tagId) ?? []) : store.events
  const settled: string[] = []
  for (const event of candidates) {
    if (event.closed || event.archived) continue
    if (ids && !ids.has(event.id)) continue
    closeEvent(store, event, now)
    settled.push(event.id)
  }
  return settled
}

const DECIMAL = /^(0(\.\d+)?|1(\.0+)?)$/

/** Sets a market's outcome prices (decimal strings in [0, 1], one per outcome) and the quotes derived from them. */
export function setPrices(store: ReplayStore, marketId: string, prices: readonly string[], now: Date): WireMarket {
  const entry = store.marketById.get(marketId)
  if (!entry) throw new UnknownMarketError(`no market ${marketId}`)
  const { market } = entry
  const outcomes = decodeList(market.outcomes)
  if (!Array.isArray(prices) || prices.length !== outcomes.length) throw new ValidationError(`market ${marketId} has ${outcomes.length} outcomes`)
  for (const price of prices) {
    if (typeof price !== 'string' || !DECIMAL.test(price)) throw new ValidationError(`invalid price ${String(price)}: use decimal strings in [0, 1]`)
  }
  market.outcomePrices = encodeList(prices)
  market.updatedAt = now.toISOString()
  const first = Number(prices[0])
  const round = (value: number) => Math.round(value * 1000) / 1000
  if (market.lastTradePrice !== undefined) market.lastTradePrice = round(first)
  if (market.bestBid !== undefined) market.bestBid = Math.max(0, round(first - 0.005))
  if (market.bestAsk !== undefined) market.bestAsk = Math.min(1, round(first + 0.005))
  return market
}
