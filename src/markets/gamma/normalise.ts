/** Wire shapes (already validated) → the app's domain shapes. Pure: no I/O, never throws on validated input. */
import Decimal from 'decimal.js'

import type { EventWire, MarketWire, SearchWire, SeriesWire, SportWire, TagWire, TeamWire } from './schemas'
import {
  eventId,
  type GammaEvent,
  type GammaMarket,
  type GammaSearchResult,
  type GammaSeries,
  type GammaSport,
  type GammaTag,
  type GammaTeam,
  marketId,
  seriesId,
  type TagId,
  tagId,
  teamId,
} from './types'

/** The wire schema already proved the text is a decimal; building from text keeps every digit. */
const dec = (value: string | undefined): Decimal | undefined => (value === undefined ? undefined : new Decimal(value))

/** Drops keys whose value is undefined, so a normalised value and its decoded cache copy compare equal. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key]
  return value
}

/** Tag ids are numeric strings upstream; a non-numeric one cannot be a TagId and is left out. */
function numericTagId(id: string): TagId | undefined {
  return /^\d+$/.test(id) ? tagId(Number(id)) : undefined
}

export function normaliseTag(wire: TagWire): GammaTag | undefined {
  const id = numericTagId(wire.id)
  if (id === undefined) return undefined
  return compact({
    id,
    label: wire.label ?? wire.slug ?? wire.id,
    slug: wire.slug ?? wire.id,
    forceShow: wire.forceShow ?? false,
    forceHide: wire.forceHide ?? false,
    isCarousel: wire.isCarousel ?? false,
    eventCount: wire.event_count ?? wire.activeEventsCount,
    publishedAt: wire.publishedAt,
    createdAt: wire.createdAt,
    updatedAt: wire.updatedAt,
  })
}

export function normaliseTags(wires: TagWire[] | undefined): GammaTag[] {
  return (wires ?? []).map(normaliseTag).filter((tag): tag is GammaTag => tag !== undefined)
}

export function normaliseTeam(wire: TeamWire): GammaTeam {
  return compact({
    id: teamId(wire.id),
    name: wire.name ?? wire.alias ?? wire.abbreviation ?? String(wire.id),
    league: wire.league,
    record: wire.record,
    logo: wire.logo,
    abbreviation: wire.abbreviation,
    alias: wire.alias,
    providerId: wire.providerId,
    color: wire.color,
    ordering: wire.ordering,
    createdAt: wire.createdAt,
    updatedAt: wire.updatedAt,
  })
}

export function normaliseSport(wire: SportWire): GammaSport {
  return compact({
    id: wire.id,
    sport: wire.sport ?? String(wire.id),
    name: wire.name,
    image: wire.image,
    resolution: wire.resolution,
    ordering: wire.ordering,
    tagIds: (wire.tags ?? []).map(tagId),
    primaryTagId: wire.primaryTagId === undefined ? undefined : tagId(wire.primaryTagId),
    seriesId: wire.series === undefined ? undefined : seriesId(wire.series),
    createdAt: wire.createdAt,
  })
}

export function normaliseSeries(wire: SeriesWire): GammaSeries {
  return compact({
    id: seriesId(wire.id),
    slug: wire.slug ?? wire.id,
    title: wire.title ?? wire.slug ?? wire.id,
    ticker: wire.ticker,
    seriesType: wire.seriesType,
    recurrence: wire.recurrence,
    image: wire.image,
    icon: wire.icon,
    active: wire.active ?? false,
    closed: wire.closed ?? false,
    archived: wire.archived ?? false,
    featured: wire.featured ?? false,
    volume: dec(wire.volume),
    volume24hr: dec(wire.volume24hr),
    liquidity: dec(wire.liquidity),
    commentCount: wire.commentCount,
    startDate: wire.startDate,
    publishedAt: wire.publishedAt,
    createdAt: wire.createdAt,
    updatedAt: wire.updatedAt,
  })
}

/** A market as its parent event embeds it. */
export function normaliseMarket(wire: MarketWire, parentEventId: string): GammaMarket {
  return compact({
    id: marketId(wire.id),
    eventId: eventId(parentEventId),
    question: wire.question ?? wire.groupItemTitle ?? '',
    slug: wire.slug ?? wire.id,
    conditionId: wire.conditionId,
    questionId: wire.questionID,
    description: wire.description,
    resolutionSource: wire.resolutionSource,
    image: wire.image,
    icon: wire.icon,
    groupItemTitle: wire.groupItemTitle,
    groupItemThreshold: dec(wire.groupItemThreshold),
    outcomes: wire.outcomes ?? [],
    outcomePrices: (wire.outcomePrices ?? []).map((price) => new Decimal(price)),
    clobTokenIds: wire.clobTokenIds ?? [],
    active: wire.active ?? false,
    closed: wire.closed ?? false,
    archived: wire.archived ?? false,
    restricted: wire.restricted ?? false,
    acceptingOrders: wire.acceptingOrders,
    negRisk: wire.negRisk,
    // The string forms are exact; the `*Num` floats only stand in when the string is missing.
    volume: dec(wire.volume ?? wire.volumeNum),
    volume24hr: dec(wire.volume24hr),
    volume1wk: dec(wire.volume1wk),
    liquidity: dec(wire.liquidity ?? wire.liquidityNum),
    bestBid: dec(wire.bestBid),
    bestAsk: dec(wire.bestAsk),
    lastTradePrice: dec(wire.lastTradePrice),
    spread: dec(wire.spread),
    oneDayPriceChange: dec(wire.oneDayPriceChange),
    competitive: dec(wire.competitive),
    orderPriceMinTickSize: dec(wire.orderPriceMinTickSize),
    orderMinSize: dec(wire.orderMinSize),
    startDate: wire.startDate,
    endDate: wire.endDate,
    closedTime: wire.closedTime,
    createdAt: wire.createdAt,
    updatedAt: wire.updatedAt,
    umaResolutionStatus: wire.umaResolutionStatus,
    sportsMarketType: wire.sportsMarketType,
    line: dec(wire.line),
    gameId: wire.gameId,
    gameStartTime: wire.gameStartTime,
    eventStartTime: wire.eventStartTime,
    secondsDelay: wire.secondsDelay,
    teamAId: wire.teamAID,
    teamBId: wire.teamBID,
    tagIds: normaliseTags(wire.tags).map((tag) => tag.id),
  })
}

export function normaliseEvent(wire: EventWire): GammaEvent {
  const tags = normaliseTags(wire.tags)
  return compact({
    id: eventId(wire.id),
    slug: wire.slug ?? wire.id,
    title: wire.title ?? wire.slug ?? wire.id,
    ticker: wire.ticker,
    description: wire.description,
    resolutionSource: wire.resolutionSource,
    category: wire.category,
    image: wire.image,
    icon: wire.icon,
    active: wire.active ?? false,
    closed: wire.closed ?? false,
    archived: wire.archived ?? false,
    featured: wire.featured ?? false,
    restricted: wire.restricted ?? false,
    negRisk: wire.negRisk,
    startDate: wire.startDate,
    creationDate: wire.creationDate,
    endDate: wire.endDate,
    closedTime: wire.closedTime,
    createdAt: wire.createdAt,
    updatedAt: wire.updatedAt,
    publishedAt: wire.published_at,
    volume: dec(wire.volume),
    volume24hr: dec(wire.volume24hr),
    volume1wk: dec(wire.volume1wk),
    liquidity: dec(wire.liquidity),
    openInterest: dec(wire.openInterest),
    competitive: dec(wire.competitive),
    commentCount: wire.commentCount,
    markets: (wire.markets ?? []).map((market) => normaliseMarket(market, wire.id)),
    series: (wire.series ?? []).map(normaliseSeries),
    seriesSlug: wire.seriesSlug,
    tags,
    tagIds: tags.map((tag) => tag.id),
    startTime: wire.startTime,
    eventDate: wire.eventDate,
    eventWeek: wire.eventWeek,
    score: wire.score,
    elapsed: wire.elapsed,
    period: wire.period,
    live: wire.live ?? false,
    ended: wire.ended ?? false,
    finishedTimestamp: wire.finishedTimestamp,
    gameStatus: wire.gameStatus,
    gameId: wire.gameId,
    homeTeamName: wire.homeTeamName,
    awayTeamName: wire.awayTeamName,
    spreadsMainLine: dec(wire.spreadsMainLine),
    totalsMainLine: dec(wire.totalsMainLine),
    teams: (wire.teams ?? []).map(normaliseTeam),
    sport: wire.sport === undefined ? undefined : normaliseSport(wire.sport),
  })
}

export function normaliseSearch(wire: SearchWire): GammaSearchResult {
  return compact({
    events: wire.events.map(normaliseEvent),
    tags: normaliseTags(wire.tags),
    hasMore: wire.pagination?.hasMore ?? false,
    totalResults: wire.pagination?.totalResults,
  })
}
