// GET /api/v1/search?q=: tags, events and profiles, with tournament aliases injected.
import { FRESHNESS } from '@/api/v1/freshness'
import { searchScreen } from '@/api/v1/screens'
import { cachedJson } from '@/http/cachedJson'
import { audienceFromHeaders } from '@/http/audienceHeaders'
import { route } from '@/http/handler'
import { parseQuery } from '@/http/query'
import { clientAddress, rateLimiter, SEARCH_LIMIT } from '@/api/v1/limits'
import { searchQuery } from '@/api/v1/queries'

export const GET = route(async (request) => {
  const { q } = parseQuery(new URL(request.url), searchQuery)
  await rateLimiter().check(SEARCH_LIMIT, clientAddress(request))
  const client = audienceFromHeaders(request.headers)
  return cachedJson(request, FRESHNESS.search, () => searchScreen(q, client))
})
