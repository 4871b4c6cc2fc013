// GET /api/v1/explore: the explore tag tree this audience may see.
import { FRESHNESS } from '@/api/v1/freshness'
import { emptyQuery } from '@/api/v1/queries'
import { audienceFromHeaders } from '@/http/audienceHeaders'
import { cachedJson } from '@/http/cachedJson'
import { route } from '@/http/handler'
import { parseQuery } from '@/http/query'
import { services } from '@/services'

export const GET = route(async (request) => {
  parseQuery(new URL(request.url), emptyQuery)
  const audience = audienceFromHeaders(request.headers)
  const { content, screens, responses } = services()
  return cachedJson(responses, request, FRESHNESS.explore, async () => screens.explore(await content.publishedSnapshot(), audience))
})
