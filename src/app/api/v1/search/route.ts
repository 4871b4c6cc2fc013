// GET /api/v1/search?q=: tags, events and profiles, with tournament aliases injected.
import { FRESHNESS } from '@/api/v1/freshness'
import { clientAddress, SEARCH_LIMIT } from '@/api/v1/limits'
import { searchQuery } from '@/api/v1/queries'
import { audienceFromHeaders } from '@/http/audienceHeaders'
import { cachedJson } from '@/http/cachedJson'
import { route } from '@/http/handler'
import { parseQuery } from '@/http/query'
import { services } from '@/services'

export const GET = route(async (request) => {
  const { q } = parseQuery(new URL(request.url), searchQuery)
  const { content, screens, responses, limits } = services()
  // Every search counts against its client; on a miss the count rides in the query's cache read (one round trip).
  const admission = limits.admission(SEARCH_LIMIT, clientAddress(request), '/api/v1/search')
  const audience = audienceFromHeaders(request.headers)
  return admission.run(() => cachedJson(responses, request, FRESHNESS.search, async () => screens.admitted(admission).search(await content.publishedSnapshot(), q, audience)))
})
