// GET /api/v1/world-cup: the tournament page (groups, teams, next and live matches, results).
import { FRESHNESS } from '@/api/v1/freshness'
import { worldCupScreen } from '@/api/v1/screens'
import { cachedJson } from '@/http/cachedJson'
import { audienceFromHeaders } from '@/http/audienceHeaders'
import { route } from '@/http/handler'
import { parseQuery } from '@/http/query'
import { emptyQuery } from '@/api/v1/queries'

export const GET = route(async (request) => {
  parseQuery(new URL(request.url), emptyQuery)
  const client = audienceFromHeaders(request.headers)
  return cachedJson(request, FRESHNESS.marketScreens, () => worldCupScreen(client))
})
