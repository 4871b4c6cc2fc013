/** The mobile screens: pure builders from (content snapshot, market data, client, now) to a view. */
export { ANONYMOUS_CLIENT, type ClientContext, isTagVisible, isVisible, meetsMinVersion, parseAppVersion } from './client'
export { analyseMarket, displayMarket, type MarketAnalysis } from './display'
export { buildEventPage } from './eventPage'
export { exploreTree } from './explore'
export {
  buildFeedPage,
  DEFAULT_FEED_LIMIT,
  eventMatchesTag,
  type FeedRequest,
  MAX_FEED_LIMIT,
  orderFeedEvents,
  pinnedQueriesFor,
  upstreamQueriesFor,
} from './feed'
export { toFeedEvent } from './feedEvent'
export * from './schemas'
export { DEFAULT_SEARCH_LIMITS, type SearchLimits, type SearchProfile, searchView, type UpstreamSearch } from './search'
export { sportOf } from './sport'
export { windowBounds } from './timeWindow'
export { worldCupGroupPage, worldCupPage } from './worldCup'
