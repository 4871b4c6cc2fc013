/** Cache keys for Gamma reads: every filter, defaults included, in a canonical order. */
import {
  type EventFilter,
  type MarketFilter,
  type RelatedTagsOptions,
  resolveEventFilter,
  resolveMarketFilter,
  resolveRelatedTags,
  resolveSearch,
  resolveSeriesFilter,
  resolveTeamFilter,
  type SearchOptions,
  type SeriesFilter,
  type TeamFilter,
} from './filters'

/** What each kind of read is keyed by. */
export interface GammaCacheKeyInputs {
  events: EventFilter
  markets: MarketFilter
  event: { id: string }
  eventBySlug: { slug: string }
  market: { id: string }
  tags: Record<string, never>
  tag: { id: number }
  tagBySlug: { slug: string }
  relatedTags: { tagId: number } & RelatedTagsOptions
  series: SeriesFilter
  sports: Record<string, never>
  teams: TeamFilter
  search: { q: string } & SearchOptions
}

export type GammaCacheKind = keyof GammaCacheKeyInputs

const resolvers: { [K in GammaCacheKind]: (input: GammaCacheKeyInputs[K]) => object } = {
  events: resolveEventFilter,
  markets: resolveMarketFilter,
  event: ({ id }) => ({ id }),
  eventBySlug: ({ slug }) => ({ slug }),
  market: ({ id }) => ({ id }),
  tags: () => ({}),
  tag: ({ id }) => ({ id }),
  tagBySlug: ({ slug }) => ({ slug }),
  relatedTags: ({ tagId, ...options }) => resolveRelatedTags(tagId, options),
  series: resolveSeriesFilter,
  sports: () => ({}),
  teams: resolveTeamFilter,
  search: ({ q, ...options }) => resolveSearch(q, options),
}

/** Bump when the cached domain shapes change, so old entries are never decoded as new ones. */
const VERSION = 'v1'

/** `gamma:v1:events:{"ascending":true,"closed":false,…}`: equal filters give equal keys, whatever the caller omitted. */
export function gammaCacheKey<K extends GammaCacheKind>(kind: K, input: GammaCacheKeyInputs[K]): string {
  return `gamma:${VERSION}:${kind}:${canonicalJson(resolvers[kind](input))}`
}

function canonicalJson(value: object): string {
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify(Object.fromEntries(entries))
}
