// POST /api/v1/rewards/activities: an internal service reports activities (API key, Idempotency-Key).
import { postActivities } from '@/api/v1/ingest'
import { clientAddress, INGEST_LIMIT } from '@/api/v1/limits'
import { route } from '@/http/handler'
import { services } from '@/services'

export const POST = route(async (request) => {
  const { rewards, limits } = services()
  await limits.check(INGEST_LIMIT, clientAddress(request), '/api/v1/rewards/activities')
  return postActivities(request, rewards, limits)
})
