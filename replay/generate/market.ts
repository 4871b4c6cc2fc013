/** Builds one upstream-shaped market from what a generator module knows about it (question, outcomes, result). */
import { REPLAY_REFERENCE_TIME } from '../data/catalog'
import { addMinutes, pgText, plainDate, rfc3339 } from '../dates'
import type { WireMarket } from '../wire'
import { decimalString, encodeList, longPricePair, pricePair, resolvedPrices } from './prices'
import type { Rng } from './prng'

export const REFERENCE = new Date(REPLAY_REFERENCE_TIME)

/** Sequential ids in generation order, so the default `id` ordering is stable and predictable. */
export class IdSource {
  private event = 40_000
  private market = 600_000
  private game = 90_050_000
  private relation = 42_000

  eventId(): string {
    return String(++this.event)
  }

  marketId(): string {
    return String(++this.market)
  }

  gameId(): number {
    return ++this.game
  }

  relationId(): string {
    return String(++this.relation)
  }
}

/** What every market of one event shares. */
export interface EventContext {
  rng: Rng
  ids: IdSource
  /** The event is settled at the reference time. */
  closed: boolean
  closedAt: Date
  listedAt: Date
  /** When the markets stop trading (sports: a week after kick-off, as the upstream does). */
  endDate: Date
  resolutionSource: string
  image: string
  game?: { start: Date; gameId: number; teamAId: number; teamBId: number }
}

export interface MarketSpec {
  question: string
  slug: string
  outcomes: readonly string[]
  /** Open price of the first outcome. */
  probability: number
  /** Index of the outcome the event's result makes win (applied now if settled, else kept for `settle()`). */
  winner: number
  groupItemTitle?: string
  groupItemThreshold?: string
  sportsMarketType?: string
  line?: number
  description?: string
  /** Typical traded volume in USD. */
  volumeScale?: number
  active?: boolean
  negRisk?: boolean
  /** Resolved with 40-digit near-0/near-1 prices instead of "1"/"0" (old AMM-style markets). */
  longPrecision?: boolean
  endDate?: Date
}

export interface BuiltMarket {
  market: WireMarket
  /** The prices `settle()` sets; equal to the served ones when the market is already closed. */
  settledPrices: string[]
}

const round2 = (value: number) => Math.round(value * 100) / 100

function openPrices(spec: MarketSpec, rng: Rng): string[] {
  if (spec.outcomes.length === 2) return spec.probability < 0.02 || spec.probability > 0.98 ? longPricePair(spec.probability, rng) : pricePair(spec.probability)
  throw new Error(`only two-outcome markets are generated (${spec.slug})`)
}

/** Deletes optional keys at random: the upstream omits null fields, and clients must cope with any absent key. */
function omitSome(market: WireMarket, rng: Rng): void {
  if (rng.chance(0.15)) {
    delete market.bestBid
    delete market.volume
    delete market.lastTradePrice
  }
  const optional = ['volume1wk', 'oneDayPriceChange', 'competitive', 'description', 'spread', 'acceptingOrdersTimestamp', 'questionID'] as const
  for (const key of optional) if (rng.chance(0.1)) delete market[key]
  if (rng.chance(0.1)) {
    delete market.image
    delete market.icon
  }
}

export function buildMarket(ctx: EventContext, spec: MarketSpec): BuiltMarket {
  const { rng } = ctx
  const closed = ctx.closed
  const endDate = spec.endDate ?? ctx.endDate
  const settledPrices = spec.longPrecision
    ? longPricePair(spec.winner === 0 ? 0.9999995 : 0.0000005, rng)
    : resolvedPrices(spec.outcomes.length, spec.winner)
  const prices = closed ? settledPrices : openPrices(spec, rng)
  const first = Number(prices[0])
  const volumeNum = Number(decimalString((spec.volumeScale ?? 20_000) * rng.float(0.15, 2.5)))
  const liquidityNum = closed ? 0 : Number(decimalString(volumeNum * rng.float(0.05, 0.6)))
  const createdAt = addMinutes(ctx.listedAt, rng.int(0, 90))

  const market: WireMarket = {
    id: ctx.ids.marketId(),
    question: spec.question,
    conditionId: `0x${rng.hex(64)}`,
    slug: spec.slug,
    resolutionSource: ctx.resolutionSource,
    endDate: rfc3339(endDate),
    liquidity: decimalString(liquidityNum),
    startDate: createdAt.toISOString(),
    image: ctx.image,
    icon: ctx.image,
    outcomes: encodeList(spec.outcomes),
    outcomePrices: encodeList(prices),
    volume: decimalString(volumeNum),
    active: spec.active ?? true,
    closed,
    marketMakerAddress: '',
    createdAt: createdAt.toISOString(),
    updatedAt: (closed ? addMinutes(ctx.closedAt, rng.int(1, 30)) : addMinutes(REFERENCE, -rng.int(1, 600))).toISOString(),
    new: false,
    featured: false,
    archived: false,
    restricted: true,
    groupItemTitle: spec.groupItemTitle ?? '',
    questionID: `0x${rng.hex(64)}`,
    enableOrderBook: true,
    orderPriceMinTickSize: spec.longPrecision ? 0.001 : 0.01,
    orderMinSize: 5,
    volumeNum,
    liquidityNum,
    endDateIso: plainDate(endDate),
    startDateIso: plainDate(createdAt),
    volume24hr: closed ? 0 : Number(decimalString(volumeNum * rng.float(0.02, 0.4))),
    volume1wk: Number(decimalString(volumeNum * rng.float(0.5, 1))),
    clobTokenIds: encodeList([rng.digits(77), rng.digits(77)]),
    acceptingOrders: !closed,
    acceptingOrdersTimestamp: rfc3339(addMinutes(createdAt, 2)),
    negRisk: spec.negRisk ?? false,
    competitive: closed ? 0 : round2(rng.float(0.5, 0.99)),
    spread: closed ? 1 : 0.01,
    oneDayPriceChange: closed ? 0 : round2(rng.float(-0.05, 0.05)),
    lastTradePrice: closed ? (spec.winner === 0 ? 0.999 : 0.001) : round2(first),
    bestBid: closed ? 0 : Math.max(0, round2(first - 0.005)),
    bestAsk: closed ? 1 : Math.min(1, round2(first + 0.005)),
    umaResolutionStatuses: '[]',
  }
  // Markets of one event share its description upstream; only markets with their own rules carry one.
  if (spec.description) market.description = spec.description
  if (spec.groupItemThreshold !== undefined) market.groupItemThreshold = spec.groupItemThreshold
  if (spec.sportsMarketType) market.sportsMarketType = spec.sportsMarketType
  if (spec.line !== undefined) market.line = spec.line
  if (ctx.game) {
    market.gameStartTime = pgText(ctx.game.start)
    market.eventStartTime = rfc3339(ctx.game.start)
    market.secondsDelay = 3
    market.gameId = String(ctx.game.gameId)
    market.teamAID = String(ctx.game.teamAId)
    market.teamBID = String(ctx.game.teamBId)
  }
  if (closed) {
    market.closedTime = pgText(addMinutes(ctx.closedAt, rng.int(1, 20)))
    market.umaResolutionStatus = 'resolved'
  }
  omitSome(market, rng)
  return { market, settledPrices }
}
