/** Wraps built markets into one upstream-shaped event and records the result `settle()` would apply later. */
import { addMinutes, plainDate, rfc3339 } from '../dates'
import type { PendingResult, WireEvent, WireSeries, WireTag, WireTeam } from '../wire'
import { decimalString } from './prices'
import type { BuiltMarket, IdSource } from './market'
import { REFERENCE } from './market'
import type { Rng } from './prng'

export interface GameState {
  start: Date
  gameId: number
  /** In title order (the first-listed team first). */
  teams: WireTeam[]
  homeTeamName: string
  awayTeamName: string
  spreadsMainLine?: number
  totalsMainLine?: number
  /** Shown now: final for settled games, partial for live ones, absent for scheduled ones. */
  score?: string
  period: string
  elapsed?: string
  live: boolean
  /** The final score and period, applied now or by `settle()`. */
  finalScore: string
  finalPeriod: string
}

export interface EventSpec {
  slug: string
  title: string
  description: string
  category: string
  resolutionSource: string
  image: string
  listedAt: Date
  endDate: Date
  closed: boolean
  closedAt: Date
  archived?: boolean
  featured?: boolean
  negRisk?: boolean
  tags: WireTag[]
  series?: WireSeries[]
  markets: BuiltMarket[]
  game?: GameState
}

export interface BuiltEvent {
  event: WireEvent
  pending?: PendingResult
}

/** ISO week number, which the upstream sends as `eventWeek` on sports events. */
function isoWeek(date: Date): number {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  return Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)
}

const sum = (values: number[]) => Number(decimalString(values.reduce((total, value) => total + value, 0)))

export function buildEvent(ids: IdSource, rng: Rng, spec: EventSpec): BuiltEvent {
  const markets = spec.markets.map((built) => built.market)
  const event: WireEvent = {
    id: ids.eventId(),
    ticker: spec.slug,
    slug: spec.slug,
    title: spec.title,
    description: spec.description,
    resolutionSource: spec.resolutionSource,
    startDate: spec.listedAt.toISOString(),
    creationDate: rfc3339(spec.game?.start ?? spec.listedAt),
    endDate: rfc3339(spec.endDate),
    image: spec.image,
    icon: spec.image,
    active: true,
    closed: spec.closed,
    archived: spec.archived ?? false,
    new: false,
    featured: spec.featured ?? false,
    restricted: true,
    liquidity: sum(markets.map((market) => market.liquidityNum ?? 0)),
    volume: sum(markets.map((market) => market.volumeNum ?? 0)),
    openInterest: 0,
    category: spec.category,
    published_at: addMinutes(spec.listedAt, 1).toISOString().replace('T', ' ').replace('Z', '+00'),
    createdAt: spec.listedAt.toISOString(),
    updatedAt: (spec.closed ? addMinutes(spec.closedAt, 30) : addMinutes(REFERENCE, -rng.int(1, 300))).toISOString(),
    createdBy: '15',
    competitive: spec.closed ? 0 : Math.round(rng.float(0.6, 0.99) * 100) / 100,
    volume24hr: sum(markets.map((market) => market.volume24hr ?? 0)),
    volume1wk: sum(markets.map((market) => market.volume1wk ?? 0)),
    liquidityClob: sum(markets.map((market) => market.liquidityNum ?? 0)),
    enableOrderBook: true,
    negRisk: spec.negRisk ?? false,
    enableNegRisk: spec.negRisk ?? false,
    commentCount: rng.int(0, 400),
    cyom: false,
    showAllOutcomes: markets.length > 1,
    showMarketImages: true,
    markets,
    tags: spec.tags,
  }
  if (spec.closed) event.closedTime = rfc3339(addMinutes(spec.closedAt, 5))
  if (spec.series?.length) {
    event.series = spec.series
    event.seriesSlug = spec.series[0]!.slug
  }
  const game = spec.game
  if (game) {
    Object.assign(event, {
      eventDate: plainDate(game.start),
      eventWeek: isoWeek(game.start),
      startTime: rfc3339(game.start),
      score: game.score ?? '',
      elapsed: game.elapsed ?? '',
      period: game.period,
      live: game.live,
      ended: spec.closed,
      gameId: game.gameId,
      homeTeamName: game.homeTeamName,
      awayTeamName: game.awayTeamName,
      teams: game.teams,
    } satisfies Partial<WireEvent>)
    if (spec.closed) event.finishedTimestamp = rfc3339(spec.closedAt)
    if (game.spreadsMainLine !== undefined) event.spreadsMainLine = game.spreadsMainLine
    if (game.totalsMainLine !== undefined) event.totalsMainLine = game.totalsMainLine
  }
  // Optional keys the upstream sometimes leaves out.
  if (rng.chance(0.15)) delete event.commentCount
  if (rng.chance(0.1)) delete event.competitive
  if (!spec.closed && !spec.archived) {
    const prices: Record<string, string[]> = {}
    for (const built of spec.markets) prices[built.market.id] = built.settledPrices
    const pending: PendingResult = { prices }
    if (game) {
      pending.score = game.finalScore
      pending.period = game.finalPeriod
    }
    return { event, pending }
  }
  return { event }
}
