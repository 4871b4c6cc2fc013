// GET /api/v1/live?topics=config,event:{slug},tag:{slug}: Server-Sent Events of config publishes and market changes.
import { contentSnapshots } from '@/content'
import { route } from '@/http/handler'
import { parseQuery } from '@/http/query'
import { liveBus } from '@/live'
import { sseStream } from '@/live/sse'
import { busTopics, liveQuery } from '@/live/topics'

export const dynamic = 'force-dynamic'

export const GET = route(async (request) => {
  const { topics } = parseQuery(new URL(request.url), liveQuery)
  const resolved = busTopics(topics, await contentSnapshots().publishedSnapshot())
  const lastEventId = Number.parseInt(request.headers.get('last-event-id') ?? '', 10)
  const stream = sseStream(liveBus(), resolved, Number.isFinite(lastEventId) ? lastEventId : null, request.signal)
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' },
  })
})
