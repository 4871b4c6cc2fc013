/** Public API of the Gamma client: typed, paginated, rate-limited reads of Polymarket's Gamma API. */
export { gammaCacheKey, type GammaCacheKeyInputs, type GammaCacheKind } from './cacheKey'
export { createGammaClient, type GammaClient, type GammaClientOptions } from './client'
export {
  eventCodec,
  eventListCodec,
  eventsPageCodec,
  marketCodec,
  marketListCodec,
  relatedTagListCodec,
  searchResultCodec,
  seriesCodec,
  seriesListCodec,
  sportListCodec,
  tagCodec,
  tagListCodec,
  teamCodec,
  teamListCodec,
} from './codecs'
export { toCalendarDay, toUtcIso } from './dates'
export type { EventFilter, MarketFilter, RelatedTagsOptions, SearchOptions, SeriesFilter, TeamFilter } from './filters'
export {
  createGammaTransport,
  defaultRateLimits,
  type GammaCounters,
  type GammaRateLimits,
  type GammaTransport,
  type GammaTransportOptions,
} from './http'
export { defaultPageCaps, type GammaPageCaps } from './paginate'
export { parseRetryAfter } from './retryAfter'
export * from './types'
