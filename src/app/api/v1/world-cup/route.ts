// GET /api/v1/world-cup: the tournament page (groups, teams, next and live matches, results).
import { FRESHNESS } from '@/api/v1/freshness'
import { countMiss } from '@/api/v1/limits'
import { emptyQuery } from '@/api/v1/queries'
import { audienceFromHeaders } from '@/http/audienceHeaders'
import { cachedJson } from '@/http/cachedJson'
import { route } from '@/http/handler'
import { parseQuery } from '@/http/query'
import { services } from '@/services'

export const GET = route(async (request) => {
  parseQuery(new URL(request.url), emptyQuery)
  const audience = audienceFromHeaders(request.headers)
  const { content, screens, responses, limits } = services()
  return cachedJson(responses, request, FRESHNESS.marketScreens, async () => screens.worldCup(await content.publishedSnapshot(), audience), { onMiss: countMiss(limits, request) })
})
