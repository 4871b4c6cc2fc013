/** One live stream (Server-Sent Events) for a set of topics: what `/api/v1/live` and the embeds' `/embed/v1/live` answer. */
import { requireKnownEvents } from '../../loaders/liveRefresh'
import { sseStream } from '../../live/sse'
import { busTopics, eventTopicSlug, watchedItems } from '../../live/topics'
import type { Services } from '../../services'
import { clientAddress, countMiss } from './limits'

type LiveDeps = Pick<Services, 'content' | 'live' | 'streams' | 'watches' | 'markets' | 'limits'>

export async function liveStreamResponse(deps: LiveDeps, request: Request, topics: string[]): Promise<Response> {
  const { content, live, streams, watches, markets, limits } = deps
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
}
