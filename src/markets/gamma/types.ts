/**
 * The app's own shapes for Gamma data. Money, prices and lines are Decimals; instants are UTC ISO-8601 strings
 * (`2025-06-10T23:10:00.000Z`); optional means the upstream did not send it.
 */
import type Decimal from 'decimal.js'

export type EventId = string & { readonly __brand: 'EventId' }
export type MarketId = string & { readonly __brand: 'MarketId' }
export type TagId = number & { readonly __brand: 'TagId' }
export type TeamId = number & { readonly __brand: 'TeamId' }
export type SeriesId = string & { readonly __brand: 'SeriesId' }

export const eventId = (value: string) => value as EventId
export const marketId = (value: string) => value as MarketId
export const tagId = (value: number) => value as TagId
export const teamId = (value: number) => value as TeamId
export const seriesId = (value: string) => value as SeriesId

export interface GammaTag {
  id: TagId
  label: string
  slug: string
  forceShow: boolean
  forceHide: boolean
  isCarousel: boolean
  /** Events carrying the tag, when the upstream says (`event_count` in search, `activeEventsCount` elsewhere). */
  eventCount?: number
  publishedAt?: string
  createdAt?: string
  updatedAt?: string
}

export interface GammaTeam {
  id: TeamId
  name: string
  league?: string
  record?: string
  logo?: string
  abbreviation?: string
  alias?: string
  providerId?: number
  color?: string
  /** `home` | `away` when embedded in an event. */
  ordering?: string
  createdAt?: string
  updatedAt?: string
}

/** A league, as an event embeds it (the shape `/sports` lists). */
export interface GammaSport {
  id: number
  /** League code: `nfl`, `mlb`, `epl`, … */
  sport: string
  name?: string
  image?: string
  resolution?: string
  /** Which team a title lists first: `home` | `away`. */
  ordering?: string
  tagIds: TagId[]
  primaryTagId?: TagId
  seriesId?: SeriesId
  createdAt?: string
}

export interface GammaSeries {
  id: SeriesId
  slug: string
  title: string
  ticker?: string
  seriesType?: string
  recurrence?: string
  image?: string
  icon?: string
  active: boolean
  closed: boolean
  archived: boolean
  featured: boolean
  volume?: Decimal
  volume24hr?: Decimal
  liquidity?: Decimal
  commentCount?: number
  startDate?: string
  publishedAt?: string
  createdAt?: string
  updatedAt?: string
}

export interface GammaMarket {
  id: MarketId
  /** The event the market came embedded in. */
  eventId?: EventId
  question: string
  slug: string
  conditionId?: string
  questionId?: string
  description?: string
  resolutionSource?: string
  image?: string
  icon?: string
  groupItemTitle?: string
  groupItemThreshold?: Decimal
  outcomes: string[]
  /** One price per outcome, same order as `outcomes`. */
  outcomePrices: Decimal[]
  clobTokenIds: string[]
  active: boolean
  closed: boolean
  archived: boolean
  restricted: boolean
  acceptingOrders?: boolean
  negRisk?: boolean
  volume?: Decimal
  volume24hr?: Decimal
  volume1wk?: Decimal
  liquidity?: Decimal
  bestBid?: Decimal
  bestAsk?: Decimal
  lastTradePrice?: Decimal
  spread?: Decimal
  oneDayPriceChange?: Decimal
  competitive?: Decimal
  orderPriceMinTickSize?: Decimal
  orderMinSize?: Decimal
  startDate?: string
  endDate?: string
  closedTime?: string
  createdAt?: string
  updatedAt?: string
  umaResolutionStatus?: string
  /** `moneyline`, `spreads`, `totals`, … (`/sports/market-types` has the full list). */
  sportsMarketType?: string
  /** Spread (signed) or total. */
  line?: Decimal
  gameId?: string
  gameStartTime?: string
  eventStartTime?: string
  secondsDelay?: number
  teamAId?: string
  teamBId?: string
  /** Only filled when the upstream embedded tags (`include_tag=true`). */
  tagIds: TagId[]
}

export interface GammaEvent {
  id: EventId
  slug: string
  title: string
  ticker?: string
  description?: string
  resolutionSource?: string
  category?: string
  image?: string
  icon?: string
  active: boolean
  closed: boolean
  archived: boolean
  featured: boolean
  restricted: boolean
  negRisk?: boolean
  startDate?: string
  creationDate?: string
  endDate?: string
  closedTime?: string
  createdAt?: string
  updatedAt?: string
  publishedAt?: string
  volume?: Decimal
  volume24hr?: Decimal
  volume1wk?: Decimal
  liquidity?: Decimal
  openInterest?: Decimal
  competitive?: Decimal
  commentCount?: number
  markets: GammaMarket[]
  series: GammaSeries[]
  seriesSlug?: string
  tags: GammaTag[]
  tagIds: TagId[]
  // Sports games
  /** Kickoff. */
  startTime?: string
  /** The league's game day (`2025-06-10`), a calendar day rather than an instant. */
  eventDate?: string
  eventWeek?: number
  score?: string
  elapsed?: string
  /** `NS` not started, `2H`, `VFT` final, … */
  period?: string
  live: boolean
  ended: boolean
  finishedTimestamp?: string
  gameStatus?: string
  gameId?: number
  homeTeamName?: string
  awayTeamName?: string
  spreadsMainLine?: Decimal
  totalsMainLine?: Decimal
  /** As the upstream lists them; each carries its `ordering` (home/away). */
  teams: GammaTeam[]
  sport?: GammaSport
}

export interface GammaSearchResult {
  events: GammaEvent[]
  tags: GammaTag[]
  hasMore: boolean
  totalResults?: number
}
