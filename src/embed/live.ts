/** `GET /embed/v1/live`: the app's live stream for a partner's widgets, reachable from the partner's origins. */
import { z } from 'zod'

import { liveStreamResponse } from '../api/v1/liveStream'
import { badRequest } from '../errors'
import { parseQuery } from '../http/query'
import { liveQuery } from '../live/topics'
import type { Services } from '../services'
import { partnerKeyParam, viewOfTopic, withPartner } from './serve'

const embedLiveQuery = z.object({ partner: partnerKeyParam, topics: liveQuery.shape.topics })

export async function embedLive(deps: Pick<Services, 'partners' | 'limits' | 'content' | 'live' | 'streams' | 'watches' | 'markets'>, request: Request): Promise<Response> {
  const { partner, topics } = parseQuery(new URL(request.url), embedLiveQuery)
  const views = topics.map((topic) => {
    const view = viewOfTopic(topic)
    if (!view) throw badRequest('request.invalid_parameter', { detail: `Widgets follow world-cup, tag: and event: topics, not "${topic}".` })
    return view
  })
  return withPartner(deps, request, partner, [...new Set(views)], () => liveStreamResponse(deps, request, topics))
}
