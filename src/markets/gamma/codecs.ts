/**
 * Cache codecs for the domain shapes. `encode` is the value itself: `JSON.stringify` writes each Decimal as its
 * exact string (`Decimal#toJSON`). `decode` validates the JSON form and revives Decimals, so a cache entry written
 * by an older deploy with another shape is rejected instead of leaking into a screen.
 */
import Decimal from 'decimal.js'
import { z } from 'zod'

import type { Codec } from '../../cache/swr'
import type {
  EventId,
  GammaEvent,
  GammaMarket,
  GammaSearchResult,
  GammaSeries,
  GammaSport,
  GammaTag,
  GammaTeam,
  MarketId,
  SeriesId,
  TagId,
  TeamId,
} from './types'

const decimal = z.string().transform((value, ctx) => {
  try {
    return new Decimal(value)
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not a decimal' })
    return z.NEVER
  }
})
const optDecimal = decimal.optional()
const str = z.string().optional()
const num = z.number().optional()
const bool = z.boolean().optional()

const eventIdJson = z.string().transform((value) => value as EventId)
const marketIdJson = z.string().transform((value) => value as MarketId)
const tagIdJson = z.number().int().transform((value) => value as TagId)
const teamIdJson = z.number().int().transform((value) => value as TeamId)
const seriesIdJson = z.string().transform((value) => value as SeriesId)

const tagJson: z.ZodType<GammaTag, unknown> = z.object({
  id: tagIdJson,
  label: z.string(),
  slug: z.string(),
  forceShow: z.boolean(),
  forceHide: z.boolean(),
  isCarousel: z.boolean(),
  eventCount: num,
  publishedAt: str,
  createdAt: str,
  updatedAt: str,
})

const teamJson: z.ZodType<GammaTeam, unknown> = z.object({
  id: teamIdJson,
  name: z.string(),
  league: str,
  record: str,
  logo: str,
  abbreviation: str,
  alias: str,
  providerId: num,
  color: str,
  ordering: str,
  createdAt: str,
  updatedAt: str,
})

const sportJson: z.ZodType<GammaSport, unknown> = z.object({
  id: z.number(),
  sport: z.string(),
  name: str,
  image: str,
  resolution: str,
  ordering: str,
  tagIds: z.array(tagIdJson),
  primaryTagId: tagIdJson.optional(),
  seriesId: seriesIdJson.optional(),
  createdAt: str,
})

const seriesJson: z.ZodType<GammaSeries, unknown> = z.object({
  id: seriesIdJson,
  slug: z.string(),
  title: z.string(),
  ticker: str,
  seriesType: str,
  recurrence: str,
  image: str,
  icon: str,
  active: z.boolean(),
  closed: z.boolean(),
  archived: z.boolean(),
  featured: z.boolean(),
  volume: optDecimal,
  volume24hr: optDecimal,
  liquidity: optDecimal,
  commentCount: num,
  startDate: str,
  publishedAt: str,
  createdAt: str,
  updatedAt: str,
})

const marketJson: z.ZodType<GammaMarket, unknown> = z.object({
  id: marketIdJson,
  eventId: eventIdJson.optional(),
  question: z.string(),
  slug: z.string(),
  conditionId: str,
  questionId: str,
  description: str,
  resolutionSource: str,
  image: str,
  icon: str,
  groupItemTitle: str,
  groupItemThreshold: optDecimal,
  outcomes: z.array(z.string()),
  outcomePrices: z.array(decimal),
  clobTokenIds: z.array(z.string()),
  active: z.boolean(),
  closed: z.boolean(),
  archived: z.boolean(),
  restricted: z.boolean(),
  acceptingOrders: bool,
  negRisk: bool,
  volume: optDecimal,
  volume24hr: optDecimal,
  volume1wk: optDecimal,
  liquidity: optDecimal,
  bestBid: optDecimal,
  bestAsk: optDecimal,
  lastTradePrice: optDecimal,
  spread: optDecimal,
  oneDayPriceChange: optDecimal,
  competitive: optDecimal,
  orderPriceMinTickSize: optDecimal,
  orderMinSize: optDecimal,
  startDate: str,
  endDate: str,
  closedTime: str,
  createdAt: str,
  updatedAt: str,
  umaResolutionStatus: str,
  sportsMarketType: str,
  line: optDecimal,
  gameId: str,
  gameStartTime: str,
  eventStartTime: str,
  secondsDelay: num,
  teamAId: str,
  teamBId: str,
  tagIds: z.array(tagIdJson),
})

const eventJson: z.ZodType<GammaEvent, unknown> = z.object({
  id: eventIdJson,
  slug: z.string(),
  title: z.string(),
  ticker: str,
  description: str,
  resolutionSource: str,
  category: str,
  image: str,
  icon: str,
  active: z.boolean(),
  closed: z.boolean(),
  archived: z.boolean(),
  featured: z.boolean(),
  restricted: z.boolean(),
  negRisk: bool,
  startDate: str,
  creationDate: str,
  endDate: str,
  closedTime: str,
  createdAt: str,
  updatedAt: str,
  publishedAt: str,
  volume: optDecimal,
  volume24hr: optDecimal,
  volume1wk: optDecimal,
  liquidity: optDecimal,
  openInterest: optDecimal,
  competitive: optDecimal,
  commentCount: num,
  markets: z.array(marketJson),
  series: z.array(seriesJson),
  seriesSlug: str,
  tags: z.array(tagJson),
  tagIds: z.array(tagIdJson),
  startTime: str,
  eventDate: str,
  eventWeek: num,
  score: str,
  elapsed: str,
  period: str,
  live: z.boolean(),
  ended: z.boolean(),
  finishedTimestamp: str,
  gameStatus: str,
  gameId: num,
  homeTeamName: str,
  awayTeamName: str,
  spreadsMainLine: optDecimal,
  totalsMainLine: optDecimal,
  teams: z.array(teamJson),
  sport: sportJson.optional(),
})

const searchJson: z.ZodType<GammaSearchResult, unknown> = z.object({
  events: z.array(eventJson),
  tags: z.array(tagJson),
  hasMore: z.boolean(),
  totalResults: num,
})

/** A codec whose decode rejects anything that is not the JSON form of `T`. */
function codecOf<T>(schema: z.ZodType<T, unknown>): Codec<T> {
  return { encode: (value) => value, decode: (raw) => schema.parse(raw) }
}

export const eventCodec = codecOf(eventJson)
export const eventListCodec = codecOf(z.array(eventJson))
export const eventsPageCodec = codecOf(z.object({ events: z.array(eventJson), nextCursor: z.string().nullable() }))
export const tagListCodec = codecOf(z.array(tagJson))
export const searchResultCodec = codecOf(searchJson)
