// GET /api/v1/live?topics=config,event:{slug},tag:{slug}: Server-Sent Events of config publishes and market changes.
import { liveStreamResponse } from '@/api/v1/liveStream'
import { route } from '@/http/handler'
import { parseQuery } from '@/http/query'
import { liveQuery } from '@/live/topics'
import { services } from '@/services'

export const dynamic = 'force-dynamic'

export const GET = route(async (request) => {
  const { topics } = parseQuery(new URL(request.url), liveQuery)
  return liveStreamResponse(services(), request, topics)
})
