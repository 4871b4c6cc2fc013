/**
 * The upstream's wire shapes as the replay data set stores and serves them. Every optional key may be absent
 * (the upstream omits null fields), and ids keep the upstream's mixed types: strings for events, markets, tags
 * and series; ints for teams, sports and related-tag references.
 */

export interface WireTag {
  id: string
  label: string
  slug: string
  forceShow?: boolean
  forceHide?: boolean
  isCarousel?: boolean
  publishedAt?: string
  createdBy?: number
  updatedBy?: number
  createdAt?: string
  updatedAt?: string
  requiresTranslation?: boolean
}

export interface WireRelatedTag {
  id: string
  tagID: number
  relatedTagID: number
  rank: number
}

export interface WireTeam {
  id: number
  name: string
  league: string
  abbreviation: string
  record?: string
  logo?: string
  alias?: string
  providerId?: number
  color?: string
  createdAt?: string
  updatedAt?: string
  /** Only when embedded in an event. */
  ordering?: 'home' | 'away'
}

export interface WireSport {
  id: number
  sport: string
  name: string
  image: string
  resolution: string
  ordering: 'home' | 'away'
  /** Comma-separated tag ids, e.g. "1,450,100639". */
  tags: string
  primaryTagId: number
  /** The series id as a string. */
  series: string
  createdAt: string
}

export interface WireSeries {
  id: string
  ticker: string
  slug: string
  title: string
  seriesType: string
  recurrence: string
  image?: string
  icon?: string
  layout?: string
  active: boolean
  closed: boolean
  archived: boolean
  new?: boolean
  featured?: boolean
  restricted?: boolean
  publishedAt?: string
  createdBy?: string
  updatedBy?: string
  createdAt?: string
  updatedAt?: string
  commentsEnabled?: boolean
  /** A string on series ("0"), unlike events and markets. */
  competitive?: string
  volume24hr?: number
  volume?: number
  liquidity?: number
  startDate?: string
  commentCount?: number
  requiresTranslation?: boolean
}

export interface WireMarket {
  id: string
  question: string
  conditionId: string
  slug: string
  /** String-encoded JSON arrays, as the upstream sends them. */
  outcomes: string
  outcomePrices: string
  clobTokenIds: string
  active: boolean
  closed: boolean
  archived: boolean
  resolutionSource?: string
  endDate?: string
  startDate?: string
  endDateIso?: string
  startDateIso?: string
  image?: string
  icon?: string
  description?: string
  /** Decimal strings. */
  volume?: string
  liquidity?: string
  volumeNum?: number
  liquidityNum?: number
  volume24hr?: number
  volume1wk?: number
  bestBid?: number
  bestAsk?: number
  lastTradePrice?: number
  spread?: number
  oneDayPriceChange?: number
  competitive?: number
  marketMakerAddress?: string
  createdAt?: string
  updatedAt?: string
  closedTime?: string
  new?: boolean
  featured?: boolean
  restricted?: boolean
  groupItemTitle?: string
  groupItemThreshold?: string
  questionID?: string
  enableOrderBook?: boolean
  orderPriceMinTickSize?: number
  orderMinSize?: number
  acceptingOrders?: boolean
  acceptingOrdersTimestamp?: string
  negRisk?: boolean
  umaResolutionStatus?: string
  umaResolutionStatuses?: string
  fee?: string
  createdBy?: number
  updatedBy?: number
  sportsMarketType?: string
  line?: number
  gameStartTime?: string
  eventStartTime?: string
  secondsDelay?: number
  gameId?: string
  teamAID?: string
  teamBID?: string
  /** Added on `/markets` responses (a slim event), and `tags` with `include_tag=true`. */
  events?: Array<Partial<WireEvent>>
  tags?: WireTag[]
}

export interface WireEvent {
  id: string
  ticker: string
  slug: string
  title: string
  active: boolean
  closed: boolean
  archived: boolean
  description?: string
  resolutionSource?: string
  startDate?: string
  creationDate?: string
  endDate?: string
  image?: string
  icon?: string
  new?: boolean
  featured?: boolean
  restricted?: boolean
  /** Numbers on events (strings on markets). */
  liquidity?: number
  volume?: number
  openInterest?: number
  category?: string
  published_at?: string
  createdAt?: string
  updatedAt?: string
  createdBy?: string
  competitive?: number
  volume24hr?: number
  volume1wk?: number
  volume1mo?: number
  liquidityClob?: number
  enableOrderBook?: boolean
  negRisk?: boolean
  enableNegRisk?: boolean
  commentCount?: number
  cyom?: boolean
  showAllOutcomes?: boolean
  showMarketImages?: boolean
  closedTime?: string
  seriesSlug?: string
  // Sports fields.
  eventDate?: string
  eventWeek?: number
  startTime?: string
  score?: string
  elapsed?: string
  period?: string
  live?: boolean
  ended?: boolean
  finishedTimestamp?: string
  gameId?: number
  homeTeamName?: string
  awayTeamName?: string
  spreadsMainLine?: number
  totalsMainLine?: number
  teams?: WireTeam[]
  markets: WireMarket[]
  series?: WireSeries[]
  tags: WireTag[]
}

/** What `settle()` applies to an open event: its final state and each market's resolved prices. */
export interface PendingResult {
  score?: string
  period?: string
  /** Market id → resolved outcome prices ("1"/"0"). */
  prices: Record<string, string[]>
}

export interface ReplayDataset {
  version: 1
  referenceTime: string
  tags: WireTag[]
  relatedTags: WireRelatedTag[]
  series: WireSeries[]
  sports: WireSport[]
  teams: WireTeam[]
  events: WireEvent[]
  /** Event id → the result `settle()` applies; the generator decides every open event's outcome up front. */
  pending: Record<string, PendingResult>
}
