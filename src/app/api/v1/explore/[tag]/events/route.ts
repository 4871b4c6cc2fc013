// GET /api/v1/explore/{tag}/events?limit&cursor: one page of a tag's feed.
import { FRESHNESS } from '@/api/v1/freshness'
import { feedScreen } from '@/api/v1/screens'
import { cachedJson } from '@/http/cachedJson'
import { audienceFromHeaders } from '@/http/audienceHeaders'
import { route } from '@/http/handler'
import { parseParam, parseQuery, slugParam } from '@/http/query'
import { feedQuery } from '@/api/v1/queries'

export const GET = route<{ params: Promise<{ tag: string }> }>(async (request, { params }) => {
  const tag = parseParam((await params).tag, slugParam, 'tag')
  const query = parseQuery(new URL(request.url), feedQuery)
  const client = audienceFromHeaders(request.headers)
  return cachedJson(request, FRESHNESS.marketScreens, () => feedScreen(tag, query, client))
})
