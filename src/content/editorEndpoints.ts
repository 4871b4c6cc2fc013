/**
 * Staff endpoints behind the explore-tag form (admins, editors, QA; problem+json errors): `GET /api/upstream-tags?q=`
 * finds upstream tags by label in the cached tag list, `GET /api/upstream-events?q=` finds events by title through
 * the cached market search, and `GET /api/publish-warnings/explore-tags/{id}` reads the last publish's warning.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { badRequest, forbidden, internal } from '../errors'
import { route } from '../http/handler'
import { currentServices } from '../root'
import { publishWarningOf } from './publishWarnings'

const NO_STORE = { 'cache-control': 'no-store' }
/** Enough to pick from while typing; the editor narrows the query for more. */
const MAX_RESULTS = 20

const staffOnly = (req: PayloadRequest) => {
  if (!hasRole(req.user, 'admin', 'editor', 'qa')) throw forbidden('content.staff_only', { detail: 'Only staff look up market data here.' })
}

const queryOf = (req: PayloadRequest): string => {
  const q = new URL(req.url ?? 'http://x/').searchParams.get('q')?.trim() ?? ''
  if (q.length === 0 || q.length > 100) throw badRequest('content.invalid_lookup', { detail: '`q` is 1 to 100 characters.' })
  return q
}

const services = () => {
  const root = currentServices()
  if (!root) throw internal('content.no_market_data', { detail: 'No market data in this process.' })
  return root
}

const upstreamTags = route<undefined, PayloadRequest>(async (req) => {
  staffOnly(req)
  const q = queryOf(req).toLowerCase()
  const asId = /^\d+$/.test(q) ? Number(q) : null
  const tags = (await services().markets.tags())
    .filter((tag) => tag.id === asId || tag.label.toLowerCase().includes(q) || tag.slug.includes(q))
    // Labels that start with the query first, then the shorter (closer) labels.
    .sort((a, b) => Number(b.label.toLowerCase().startsWith(q)) - Number(a.label.toLowerCase().startsWith(q)) || a.label.length - b.label.length)
    .slice(0, MAX_RESULTS)
    .map((tag) => ({ id: tag.id, label: tag.label, slug: tag.slug }))
  return Response.json({ tags }, { headers: NO_STORE })
})

const upstreamEvents = route<undefined, PayloadRequest>(async (req) => {
  staffOnly(req)
  const result = await services().markets.search(queryOf(req), { limitPerType: MAX_RESULTS, eventsStatus: 'all' })
  const events = result.events.map((event) => ({ slug: event.slug, title: event.title, closed: event.closed, endDate: event.endDate ?? null }))
  return Response.json({ events }, { headers: NO_STORE })
})

const publishWarning = route<undefined, PayloadRequest>(async (req) => {
  staffOnly(req)
  const id = String(req.routeParams?.id ?? '')
  if (!/^\d{1,12}$/.test(id)) throw badRequest('content.invalid_lookup', { detail: `"${id}" is not a document id.` })
  const warning = await publishWarningOf({ redis: services().redis, prefix: services().config.REDIS_KEY_PREFIX }, 'explore-tags', id)
  return Response.json({ warning }, { headers: NO_STORE })
})

export const editorEndpoints: Endpoint[] = [
  { path: '/upstream-tags', method: 'get', handler: (req) => upstreamTags(req, undefined) },
  { path: '/upstream-events', method: 'get', handler: (req) => upstreamEvents(req, undefined) },
  { path: '/publish-warnings/explore-tags/:id', method: 'get', handler: (req) => publishWarning(req, undefined) },
]
