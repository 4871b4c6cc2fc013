// GET /api/v1/live?topics=config,event:{slug},tag:{slug}: Server-Sent Events of config publishes and market changes.
import { clientAddress, countMiss } from '@/api/v1/limits'
import { route } from '@/http/handler'
import { parseQuery } from '@/http/query'
import { sseStream } from '@/live/sse'
import { busTopics, eventTopicSlug, liveQuery, watchedItems } from '@/live/topics'
import { requireKnownEvents } from '@/loaders/liveRefresh'
import { services } from '@/services'

export const dynamic = 'force-dynamic'

export const GET = route(async (request) => {
  const { topics } = parseQuery(new URL(request.url), liveQuery)
  const { content, live, streams, watches, markets, limits } = services()
  const resolved = busTopics(topics, await content.publishedSnapshot())
  // Each event topic may cost an upstream read (an unknown slug is not cached for long): counted as a miss each.
  const events = topics.map(eventTopicSlug).filter((slug) => slug !== null)
  if (events.length > 0) {
    await countMiss(limits, request)(events.length)
    await requireKnownEvents(markets, events)
  }
  const lastEventId = Number.parseInt(request.headers.get('last-event-id') ?? '', 10)
  const lease = streams.acquire(clientAddress(request))
  const unwatch = watches.watch(watchedItems(topics))
  const onClose = () => {
    unwatch()
    lease.release()
  }
  const stream = sseStream(live, resolved, Number.isFinite(lastEventId) ? lastEventId : null, request.signal, { maxLifetimeMs: lease.lifetimeMs, onClose })
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' },
  })
})
