/**
 * `POST /api/preview-link` (staff): issues a signed link to one preview page, for someone without an admin session
 * (a reviewer, a partner). Body: `{ path, params?, ttlSeconds? }`; the path must be a preview page.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { hasRole } from '../access/roles'
import { badRequest, forbidden } from '../errors'
import { route } from '../http/handler'
import { DEFAULT_PREVIEW_TTL_SECONDS, MAX_PREVIEW_TTL_SECONDS, previewLink } from './token'

const linkRequest = z.object({
  path: z.string().regex(/^\/preview(\/[a-z0-9-]+)*$/, 'must be a preview page, e.g. /preview/explore/bitcoin').max(300),
  params: z.record(z.string().regex(/^[a-z]{1,20}$/), z.string().max(200)).optional(),
  ttlSeconds: z.number().int().min(60).max(MAX_PREVIEW_TTL_SECONDS).default(DEFAULT_PREVIEW_TTL_SECONDS),
})

const issue = route<undefined, PayloadRequest>(async (req) => {
  if (!hasRole(req.user, 'admin', 'editor', 'qa')) throw forbidden('preview.staff_only', { detail: 'Only staff issue preview links.' })
  const parsed = linkRequest.safeParse(await req.json?.().catch(() => null))
  if (!parsed.success) throw badRequest('preview.invalid_link_request', { detail: `${parsed.error.issues[0]!.path.join('.') || 'body'}: ${parsed.error.issues[0]!.message}` })
  const { path, params = {}, ttlSeconds } = parsed.data
  return Response.json(previewLink(path, params, ttlSeconds), { headers: { 'cache-control': 'no-store' } })
})

export const previewLinkEndpoint: Endpoint = { path: '/preview-link', method: 'post', handler: (req) => issue(req, undefined) }
