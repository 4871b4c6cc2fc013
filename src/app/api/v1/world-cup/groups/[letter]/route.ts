// GET /api/v1/world-cup/groups/{letter}: one group's teams, matches, live status and results.
import { FRESHNESS } from '@/api/v1/freshness'
import { worldCupGroupScreen } from '@/api/v1/screens'
import { cachedJson } from '@/http/cachedJson'
import { audienceFromHeaders } from '@/http/audienceHeaders'
import { route } from '@/http/handler'
import { parseParam, parseQuery } from '@/http/query'
import { emptyQuery, groupLetterParam } from '@/api/v1/queries'

export const GET = route<{ params: Promise<{ letter: string }> }>(async (request, { params }) => {
  const letter = parseParam((await params).letter, groupLetterParam, 'letter')
  parseQuery(new URL(request.url), emptyQuery)
  const client = audienceFromHeaders(request.headers)
  return cachedJson(request, FRESHNESS.marketScreens, () => worldCupGroupScreen(letter, client))
})
