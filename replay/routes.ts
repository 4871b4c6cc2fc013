/** The route table: path patterns to handlers, and the one place validation errors become 422 responses. */
import type { Handler, RouteContext } from './context'
import { eventById, eventBySlug, eventTags, keysetEvents, listEvents } from './handlers/events'
import { keysetMarkets, listMarkets, marketById, marketBySlug, marketTags } from './handlers/markets'
import { listSeries, listSports, listTeams, marketTypes, seriesById, teamById } from './handlers/reference'
import { publicSearch } from './handlers/search'
import {
  listTags,
  relatedTagObjectsById,
  relatedTagObjectsBySlug,
  relatedTagsById,
  relatedTagsBySlug,
  tagById,
  tagBySlug,
} from './handlers/tags'
import { Query, ValidationError } from './query'
import { json, text, validationError, type ReplayResponse } from './respond'

const ROUTES: ReadonlyArray<readonly [RegExp, Handler]> = [
  [/^\/events$/, listEvents],
  [/^\/events\/keyset$/, keysetEvents],
  [/^\/events\/slug\/([^/]+)$/, eventBySlug],
  [/^\/events\/([^/]+)\/tags$/, eventTags],
  [/^\/events\/([^/]+)$/, eventById],
  [/^\/markets$/, listMarkets],
  [/^\/markets\/keyset$/, keysetMarkets],
  [/^\/markets\/slug\/([^/]+)$/, marketBySlug],
  [/^\/markets\/([^/]+)\/tags$/, marketTags],
  [/^\/markets\/([^/]+)$/, marketById],
  [/^\/tags$/, listTags],
  [/^\/tags\/slug\/([^/]+)\/related-tags\/tags$/, relatedTagObjectsBySlug],
  [/^\/tags\/slug\/([^/]+)\/related-tags$/, relatedTagsBySlug],
  [/^\/tags\/slug\/([^/]+)$/, tagBySlug],
  [/^\/tags\/([^/]+)\/related-tags\/tags$/, relatedTagObjectsById],
  [/^\/tags\/([^/]+)\/related-tags$/, relatedTagsById],
  [/^\/tags\/([^/]+)$/, tagById],
  [/^\/series$/, listSeries],
  [/^\/series\/([^/]+)$/, seriesById],
  [/^\/sports$/, listSports],
  [/^\/sports\/market-types$/, marketTypes],
  [/^\/teams$/, listTeams],
  [/^\/teams\/([^/]+)$/, teamById],
  [/^\/public-search$/, publicSearch],
  [/^\/status$/, () => text('OK')],
]

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** Answers one upstream request (GET) from the in-memory data. */
export function route(ctx: RouteContext, pathname: string, params: URLSearchParams): ReplayResponse {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  for (const [pattern, handler] of ROUTES) {
    const match = pattern.exec(path)
    if (!match) continue
    try {
      return handler(ctx, new Query(params), match.slice(1).map(decode))
    } catch (error) {
      if (error instanceof ValidationError) return validationError(error.message)
      throw error
    }
  }
  return json({ type: 'not found error', error: 'not found' }, 404)
}
