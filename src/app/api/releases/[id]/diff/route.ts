// GET /api/releases/{id}/diff (staff): what publishing the release would change in the explore tree and the feeds.
import { headers } from 'next/headers'

import { hasRole } from '@/access/roles'
import { badRequest, forbidden } from '@/errors'
import { route } from '@/http/handler'
import { previewAudience } from '@/preview/audience'
import { releaseDiff } from '@/preview/releaseDiff'
import { services } from '@/services'

export const GET = route<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const { id } = await params
  if (!/^[1-9]\d{0,9}$/.test(id)) throw badRequest('release.invalid_id', { detail: `"${id}" is not a release id.` })
  const { payload, content, screens } = services()
  const { user } = await (await payload()).auth({ headers: await headers() })
  if (!hasRole(user, 'admin', 'editor', 'qa')) throw forbidden('config.staff_only', { detail: 'Only staff see what a release changes.' })
  const query = Object.fromEntries(new URL(request.url).searchParams)
  return Response.json(await releaseDiff(content, screens, id, previewAudience(query)), { headers: { 'cache-control': 'no-store' } })
})
