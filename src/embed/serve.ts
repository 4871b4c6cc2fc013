/**
 * What the embed routes answer. A widget view is a screen: its data is the app's screen JSON, built by the same
 * screen loader and kept in the same response cache under the app's own key (the partner is not part of it).
 * Every answer first checks the partner (published, enabled, allowed this view) and the page's `Origin` against the
 * partner's origins; CORS headers go only to those origins, per partner (the edge's CORS_ORIGINS is for /api/v1).
 */
import { z } from 'zod'

import { FRESHNESS } from '../api/v1/freshness'
import { clientAddress, countMiss } from '../api/v1/limits'
import { groupLetterParam } from '../api/v1/queries'
import { CLIENT_IP_HEADER } from '../edge/requestLog'
import { forbidden, notFound } from '../errors'
import { audienceFromHeaders } from '../http/audienceHeaders'
import { cachedJson } from '../http/cachedJson'
import { problemResponse } from '../http/problem'
import { parseQuery, slugParam } from '../http/query'
import { currentContext } from '../log/context'
import { DEFAULT_FEED_LIMIT, MAX_FEED_LIMIT } from '../screens/feed'
import type { Services } from '../services'
import { EMBED_MISS_LIMIT, EMBED_READER_LIMIT } from './limits'
import { originAllowed } from './origins'
import type { EmbedPartner } from './partners'
import { type EmbedView, isEmbedView } from './views'

export type EmbedDeps = Pick<Services, 'partners' | 'limits' | 'content' | 'screens' | 'responses'>

export const partnerKeyParam = z.string().regex(/^[a-z0-9-]{6,64}$/, 'must be a partner key')

/** Each view's query: the partner's key and what the view shows. */
export const VIEW_QUERIES = {
  'world-cup-group': z.object({ partner: partnerKeyParam, group: groupLetterParam }),
  'tag-feed': z.object({ partner: partnerKeyParam, tag: slugParam, limit: z.coerce.number().int().min(1).max(MAX_FEED_LIMIT).default(DEFAULT_FEED_LIMIT) }),
  event: z.object({ partner: partnerKeyParam, event: slugParam }),
} as const satisfies Record<EmbedView, z.ZodObject>

export type ViewQuery = { [V in EmbedView]: { view: V } & z.infer<(typeof VIEW_QUERIES)[V]> }[EmbedView]

/** The view named in a path, or a 404 for any other. */
export function viewParam(value: string): EmbedView {
  if (!isEmbedView(value)) throw notFound('route.not_found', { detail: `No embed view "${value}".` })
  return value
}

export function parseViewQuery(url: URL, view: EmbedView): ViewQuery {
  return { view, ...parseQuery(url, VIEW_QUERIES[view]) } as ViewQuery
}

const isSameOrigin = (origin: string, request: Request) => {
  try {
    return new URL(origin).host === (request.headers.get('host') ?? new URL(request.url).host)
  } catch {
    return false
  }
}

/**
 * Checks the partner and the page's origin, then answers with `respond`; the answer (a refusal too) carries CORS
 * headers for an allowed origin only, so a page elsewhere cannot read anything. A request without `Origin` (a
 * same-origin read from the iframe page, a server) is not a cross-origin read and is not refused for it.
 */
export async function withPartner(deps: Pick<EmbedDeps, 'partners' | 'limits'>, request: Request, key: string, views: readonly EmbedView[], respond: (partner: EmbedPartner) => Promise<Response>): Promise<Response> {
  const url = new URL(request.url)
  const origin = request.headers.get('origin')
  let partner: EmbedPartner | null = null
  let response: Response
  try {
    partner = await deps.partners.byKey(key)
    if (!partner) throw forbidden('embed.unknown_partner', { detail: 'No partner has this key.' })
    if (origin && !originAllowed(origin, partner.origins) && !isSameOrigin(origin, request)) {
      throw forbidden('embed.origin_not_allowed', { detail: `${origin} may not embed this partner’s widgets.`, context: { partner: partner.key, origin } })
    }
    if (!partner.enabled) throw forbidden('embed.partner_disabled', { detail: 'This partner’s widgets are turned off.', context: { partner: partner.key } })
    const refused = views.find((view) => !partner!.views.includes(view))
    if (refused) throw forbidden('embed.view_not_allowed', { detail: `This partner may not embed "${refused}".`, context: { partner: partner.key } })
    await deps.limits.check(EMBED_READER_LIMIT, `${partner.key}:${clientAddress(request)}`, url.pathname)
    response = await respond(partner)
  } catch (error) {
    response = problemResponse(error, currentContext()?.traceId ?? '', url.pathname)
  }
  // The answer depends on the Origin (its CORS headers, or a refusal); cached screens already say so.
  if (!/(^|,)\s*origin\s*(,|$)/i.test(response.headers.get('vary') ?? '')) response.headers.append('vary', 'Origin')
  if (origin && partner && originAllowed(origin, partner.origins)) {
    response.headers.set('access-control-allow-origin', origin)
    response.headers.set('access-control-expose-headers', 'ETag, X-Trace-Id, Retry-After')
  }
  return response
}

/** The audience of every widget: the API's defaults (no platform, no app version, probability odds). */
const WIDGET_AUDIENCE = audienceFromHeaders(new Headers())

/** The app route whose response a view shares, and how to build it. */
function screenOf(deps: EmbedDeps, query: ViewQuery) {
  const { screens, content } = deps
  switch (query.view) {
    case 'world-cup-group':
      return { path: `/api/v1/world-cup/groups/${query.group}`, build: async () => screens.worldCupGroup(await content.publishedSnapshot(), query.group, WIDGET_AUDIENCE) }
    case 'tag-feed':
      return { path: `/api/v1/explore/${query.tag}/events?limit=${query.limit}`, build: async () => screens.feed(await content.publishedSnapshot(), query.tag, { limit: query.limit }, WIDGET_AUDIENCE) }
    case 'event':
      return { path: `/api/v1/events/${query.event}`, build: async () => screens.event(await content.publishedSnapshot(), query.event, WIDGET_AUDIENCE) }
  }
}

/**
 * A view's screen JSON through the response cache, under the app route's key: a widget and the app asking for the
 * same screen share one entry. Builds are counted against the reader's and the partner's miss budgets.
 */
export async function viewScreen(deps: EmbedDeps, request: Request, partner: EmbedPartner, query: ViewQuery): Promise<Response> {
  const { path, build } = screenOf(deps, query)
  const headers = new Headers()
  for (const name of ['if-none-match', CLIENT_IP_HEADER]) {
    const value = request.headers.get(name)
    if (value) headers.set(name, value)
  }
  const keyed = new Request(new URL(path, request.url), { headers })
  const onMiss = async () => {
    await deps.limits.check(EMBED_MISS_LIMIT, partner.key, 'embed')
    await countMiss(deps.limits, keyed)()
  }
  return cachedJson(deps.responses, keyed, FRESHNESS.marketScreens, build, { onMiss })
}

/** `GET /embed/v1/data/{view}`: the view's screen JSON for a partner's widget. */
export async function viewData(deps: EmbedDeps, request: Request, view: EmbedView): Promise<Response> {
  const query = parseViewQuery(new URL(request.url), view)
  return withPartner(deps, request, query.partner, [view], (partner) => viewScreen(deps, request, partner, query))
}

/** `GET /embed/v1/partner`: the partner's name, views and theme, for its widgets' look. */
export async function partnerInfo(deps: EmbedDeps, request: Request): Promise<Response> {
  const { partner: key } = parseQuery(new URL(request.url), z.object({ partner: partnerKeyParam }))
  return withPartner(deps, request, key, [], async (partner) =>
    Response.json({ name: partner.name, views: partner.views, theme: partner.theme }, { headers: { 'cache-control': 'public, max-age=30' } }),
  )
}

/** The view a live topic belongs to: a widget follows only what its partner may embed. */
export function viewOfTopic(topic: string): EmbedView | null {
  if (topic === 'world-cup') return 'world-cup-group'
  if (topic.startsWith('tag:')) return 'tag-feed'
  if (topic.startsWith('event:')) return 'event'
  return null
}
