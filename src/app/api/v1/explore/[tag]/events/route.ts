// GET /api/v1/explore/{tag}/events?limit&cursor: one page of a tag's feed.
import { FRESHNESS } from '@/api/v1/freshness'
import { missAdmission } from '@/api/v1/limits'
import { feedQuery } from '@/api/v1/queries'
import { audienceFromHeaders } from '@/http/audienceHeaders'
import { cachedJson } from '@/http/cachedJson'
import { route } from '@/http/handler'
import { parseParam, parseQuery, slugParam } from '@/http/query'
import { services } from '@/services'

export const GET = route<{ params: Promise<{ tag: string }> }>(async (request, { params }) => {
  const tag = parseParam((await params).tag, slugParam, 'tag')
  const page = parseQuery(new URL(request.url), feedQuery)
  const audience = audienceFromHeaders(request.headers)
  const { content, screens, responses, limits } = services()
  // A miss is counted against its client in the feed's first cache read (one round trip), a hit not at all.
  const admission = missAdmission(limits, request)
  return admission.run(() =>
    cachedJson(responses, request, FRESHNESS.marketScreens, async () => screens.admitted(admission).feed(await content.publishedSnapshot(), tag, page, audience), { onMiss: admission.owe }),
  )
})
