/** Cache keys for Gamma reads: every filter, defaults included, in a canonical order. */
import { type EventFilter, resolveEventFilter, resolveSearch, type SearchOptions } from './filters'

/** What each kind of read is keyed by. */
export interface GammaCacheKeyInputs {
  events: EventFilter
  /** One keyset page: the filter (with its order), the upstream cursor it starts at, its size. */
  eventsPage: { filter: EventFilter; cursor: string | null; limit: number }
  eventBySlug: { slug: string }
  tags: Record<string, never>
  search: { q: string } & SearchOptions
}

export type GammaCacheKind = keyof GammaCacheKeyInputs

const resolvers: { [K in GammaCacheKind]: (input: GammaCacheKeyInputs[K]) => object } = {
  events: resolveEventFilter,
  eventsPage: ({ filter, cursor, limit }) => ({ ...resolveEventFilter(filter), cursor, limit }),
  eventBySlug: ({ slug }) => ({ slug }),
  tags: () => ({}),
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
