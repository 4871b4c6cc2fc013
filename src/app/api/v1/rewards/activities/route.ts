// POST /api/v1/rewards/activities: an internal service reports activities (API key, Idempotency-Key).
import { clientAddress, INGEST_LIMIT, rateLimiter } from '@/api/v1/limits'
import { postActivities } from '@/api/v1/rewards'
import { route } from '@/http/handler'
import { rewards } from '@/rewards/service'

export const POST = route(async (request) => {
  await rateLimiter().check(INGEST_LIMIT, clientAddress(request))
  return postActivities(request, rewards())
})
