/** The fields `order=` accepts per resource; anything else is a 422, as on the upstream's keyset endpoints. */
import type { MarketEntry } from './dataset'
import { asInstant, asNumber, asText, type Extractor } from './ordering'
import type { WireEvent, WireSeries, WireTag, WireTeam } from './wire'

export const EVENT_ORDER_FIELDS: Readonly<Record<string, Extractor<WireEvent>>> = {
  id: (event) => Number(event.id),
  volume: (event) => event.volume,
  volume24hr: (event) => event.volume24hr,
  volume1wk: (event) => event.volume1wk,
  liquidity: (event) => event.liquidity,
  competitive: (event) => event.competitive,
  commentCount: (event) => event.commentCount,
  startDate: (event) => asInstant(event.startDate),
  endDate: (event) => asInstant(event.endDate),
  startTime: (event) => asInstant(event.startTime),
  creationDate: (event) => asInstant(event.creationDate),
  createdAt: (event) => asInstant(event.createdAt),
  updatedAt: (event) => asInstant(event.updatedAt),
  closedTime: (event) => asInstant(event.closedTime),
  eventDate: (event) => asText(event.eventDate),
  gameId: (event) => event.gameId,
  title: (event) => event.title,
  slug: (event) => event.slug,
}

export const MARKET_ORDER_FIELDS: Readonly<Record<string, Extractor<MarketEntry>>> = {
  id: ({ market }) => Number(market.id),
  // `volume` and `liquidity` are strings on the wire but order numerically.
  volume: ({ market }) => market.volumeNum ?? asNumber(market.volume),
  volumeNum: ({ market }) => market.volumeNum,
  volume24hr: ({ market }) => market.volume24hr,
  volume1wk: ({ market }) => market.volume1wk,
  liquidity: ({ market }) => market.liquidityNum ?? asNumber(market.liquidity),
  liquidityNum: ({ market }) => market.liquidityNum,
  competitive: ({ market }) => market.competitive,
  bestBid: ({ market }) => market.bestBid,
  bestAsk: ({ market }) => market.bestAsk,
  lastTradePrice: ({ market }) => market.lastTradePrice,
  spread: ({ market }) => market.spread,
  oneDayPriceChange: ({ market }) => market.oneDayPriceChange,
  line: ({ market }) => market.line,
  startDate: ({ market }) => asInstant(market.startDate),
  endDate: ({ market }) => asInstant(market.endDate),
  createdAt: ({ market }) => asInstant(market.createdAt),
  updatedAt: ({ market }) => asInstant(market.updatedAt),
  closedTime: ({ market }) => asInstant(market.closedTime),
  gameStartTime: ({ market }) => asInstant(market.gameStartTime),
  question: ({ market }) => market.question,
  slug: ({ market }) => market.slug,
}

export const TAG_ORDER_FIELDS: Readonly<Record<string, Extractor<WireTag>>> = {
  id: (tag) => Number(tag.id),
  label: (tag) => tag.label,
  slug: (tag) => tag.slug,
  createdAt: (tag) => asInstant(tag.createdAt),
  updatedAt: (tag) => asInstant(tag.updatedAt),
}

export const SERIES_ORDER_FIELDS: Readonly<Record<string, Extractor<WireSeries>>> = {
  id: (series) => Number(series.id),
  title: (series) => series.title,
  slug: (series) => series.slug,
  volume24hr: (series) => series.volume24hr,
  createdAt: (series) => asInstant(series.createdAt),
  startDate: (series) => asInstant(series.startDate),
}

export const TEAM_ORDER_FIELDS: Readonly<Record<string, Extractor<WireTeam>>> = {
  id: (team) => team.id,
  name: (team) => team.name,
  league: (team) => team.league,
  abbreviation: (team) => team.abbreviation,
  createdAt: (team) => asInstant(team.createdAt),
}
