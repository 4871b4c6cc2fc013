/**
 * `POST /api/users/first-register`, replacing Payload's own (custom endpoints are matched first): nobody anonymous
 * creates the first user. The first admin comes from `npm run create-admin`, or from this endpoint for the holder
 * of the one-time `ADMIN_BOOTSTRAP_TOKEN` (sent as `X-Bootstrap-Token`) while no user exists. Development seeds
 * and prints its own admin at boot.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { env } from '../../src/config/env'
import { secretsEqual } from '../../src/config/secret'
import { badRequest, forbidden } from '../../src/errors'
import { route } from '../../src/http/handler'

const credentials = z.object({ email: z.email(), password: z.string().min(12, 'must have at least 12 characters').max(256), name: z.string().max(200).optional() })

async function registerFirstAdmin(req: PayloadRequest): Promise<Response> {
  const token = env().ADMIN_BOOTSTRAP_TOKEN
  const given = req.headers.get('x-bootstrap-token')
  if (!token || !given || !secretsEqual(given, token)) {
    throw forbidden('auth.first_register_closed', {
      detail: 'Users are created by an admin. The first admin comes from `npm run create-admin -- --email …` (or the one-time bootstrap token).',
    })
  }
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) throw forbidden('auth.first_admin_exists', { detail: 'An admin exists: the bootstrap token no longer creates users.' })
  const parsed = credentials.safeParse(await req.json?.().catch(() => null))
  if (!parsed.success) throw badRequest('auth.invalid_credentials', { detail: `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}` })
  const user = await req.payload.create({ collection: 'users', data: { ...parsed.data, roles: ['admin'] }, overrideAccess: true, depth: 0 })
  return Response.json({ user: { id: user.id, email: user.email, roles: user.roles } }, { status: 201 })
}

const handler = route<undefined, PayloadRequest>(registerFirstAdmin)

export const firstRegisterEndpoint: Endpoint = { path: '/first-register', method: 'post', handler: (req) => handler(req, undefined) }
