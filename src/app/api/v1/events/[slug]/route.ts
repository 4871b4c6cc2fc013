// GET /api/v1/events/{slug}: one event, its markets in sections, each with the display contract.
import { FRESHNESS } from '@/api/v1/freshness'
import { missAdmission } from '@/api/v1/limits'
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
  // A miss is counted against its client in the event's cache read (one round trip), a hit not at all.
  const admission = missAdmission(limits, request)
  return admission.run(() =>
    cachedJson(responses, request, FRESHNESS.marketScreens, async () => screens.admitted(admission).event(await content.publishedSnapshot(), slug, audience), { onMiss: admission.owe }),
  )
})
