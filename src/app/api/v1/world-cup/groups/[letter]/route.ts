// GET /api/v1/world-cup/groups/{letter}: one group's teams, matches, live status and results.
import { FRESHNESS } from '@/api/v1/freshness'
import { countMiss } from '@/api/v1/limits'
import { emptyQuery, groupLetterParam } from '@/api/v1/queries'
import { audienceFromHeaders } from '@/http/audienceHeaders'
import { cachedJson } from '@/http/cachedJson'
import { route } from '@/http/handler'
import { parseParam, parseQuery } from '@/http/query'
import { services } from '@/services'

export const GET = route<{ params: Promise<{ letter: string }> }>(async (request, { params }) => {
  const letter = parseParam((await params).letter, groupLetterParam, 'letter')
  parseQuery(new URL(request.url), emptyQuery)
  const audience = audienceFromHeaders(request.headers)
  const { content, screens, responses, limits } = services()
  return cachedJson(responses, request, FRESHNESS.marketScreens, async () => screens.worldCupGroup(await content.publishedSnapshot(), letter, audience), { onMiss: countMiss(limits, request) })
})
