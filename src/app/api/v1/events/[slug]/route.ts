// GET /api/v1/events/{slug}: one event, its markets in sections, each with the display contract.
import { FRESHNESS } from '@/api/v1/freshness'
import { eventScreen } from '@/api/v1/screens'
import { cachedJson } from '@/http/cachedJson'
import { audienceFromHeaders } from '@/http/audienceHeaders'
import { route } from '@/http/handler'
import { parseParam, parseQuery, slugParam } from '@/http/query'
import { emptyQuery } from '@/api/v1/queries'

export const GET = route<{ params: Promise<{ slug: string }> }>(async (request, { params }) => {
  const slug = parseParam((await params).slug, slugParam, 'slug')
  parseQuery(new URL(request.url), emptyQuery)
  const client = audienceFromHeaders(request.headers)
  return cachedJson(request, FRESHNESS.marketScreens, () => eventScreen(slug, client))
})
