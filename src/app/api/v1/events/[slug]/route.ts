// GET /api/v1/events/{slug}: one event, its markets in sections, each with the display contract.
import { FRESHNESS } from '@/api/v1/freshness'
import { countMiss } from '@/api/v1/limits'
import { emptyQuery } from '@/api/v1/queries'
import { audienceFromHeaders } from '@/http/audienceHeaders'
import { cachedJson } from '@/http/cachedJson'
import { route } from '@/http/handler'
import { parseParam, parseQuery, slugParam } from '@/http/query'
import { services } from '@/services'

export const GET = route<{ params: Promise<{ slug: string }> }>(async (request, { params }) => {
  const slug = parseParam((await params).slug, slugParam, 'slug')
  parseQuery(new URL(request.url), emptyQuery)
  const audience = audienceFromHeaders(request.headers)
  const { content, screens, responses, limits } = services()
  return cachedJson(responses, request, FRESHNESS.marketScreens, async () => screens.event(await content.publishedSnapshot(), slug, audience), { onMiss: countMiss(limits, request) })
})
