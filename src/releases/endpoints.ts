/**
 * Staff endpoints: `POST /api/releases/{id}/publish` and `/revert` (admins and editors), `GET /api/config-versions`
 * (staff) and `POST /api/config-versions/{version}/restore` (admins). Errors are problem+json.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { listConfigVersions } from '../content/history'
import { badRequest, forbidden } from '../errors'
import { route } from '../http/handler'
import { publishRelease, restoreVersion, revertRelease } from './operations'

const NO_STORE = { 'cache-control': 'no-store' }

const positive = (value: unknown): number => {
  if (typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value)) return Number(value)
  throw badRequest('release.invalid_id', { detail: `"${String(value)}" is not a positive whole number.` })
}

const editorsOnly = (req: PayloadRequest) => {
  if (!hasRole(req.user, 'admin', 'editor')) throw forbidden('release.editors_only', { detail: 'Only admins and editors publish or revert releases.' })
}

const action = (run: typeof publishRelease) =>
  route<undefined, PayloadRequest>(async (req) => {
    editorsOnly(req)
    const result = await run(req.payload, positive(req.routeParams?.id), req.user)
    return Response.json(result, { headers: NO_STORE })
  })

export const releaseEndpoints: Endpoint[] = [
  { path: '/:id/publish', method: 'post', handler: (req) => action(publishRelease)(req, undefined) },
  { path: '/:id/revert', method: 'post', handler: (req) => action(revertRelease)(req, undefined) },
]

const MAX_VERSIONS = 200

const list = route<undefined, PayloadRequest>(async (req) => {
  if (!hasRole(req.user, 'admin', 'editor', 'qa')) throw forbidden('config.staff_only', { detail: 'Only staff read the config history.' })
  const raw = new URL(req.url ?? 'http://x/').searchParams.get('limit')
  const limit = raw === null ? 50 : Math.min(positive(raw), MAX_VERSIONS)
  return Response.json({ versions: await listConfigVersions(req.payload.db.drizzle as never, limit) }, { headers: NO_STORE })
})

const restore = route<undefined, PayloadRequest>(async (req) => {
  if (!hasRole(req.user, 'admin')) throw forbidden('config.admins_only', { detail: 'Only admins restore the configuration.' })
  return Response.json(await restoreVersion(req.payload, positive(req.routeParams?.version), req.user), { headers: NO_STORE })
})

export const configVersionEndpoints: Endpoint[] = [
  { path: '/config-versions', method: 'get', handler: (req) => list(req, undefined) },
  { path: '/config-versions/:version/restore', method: 'post', handler: (req) => restore(req, undefined) },
]
