/** Who may open a preview page: logged-in staff (admin, editor, qa) or the holder of a valid signed link. */
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { hasRole } from '../access/roles'
import { services } from '../services'
import { previewTarget, type SearchParams, verifyPreviewToken } from './token'

/** The page at `path` with its query `params` (a link signs both, so it opens that page and no other). */
export async function requirePreviewAccess(path: string, params: SearchParams): Promise<void> {
  const token = typeof params.preview === 'string' ? params.preview : undefined
  if (verifyPreviewToken(previewTarget(path, params), token)) return
  const payload = await services().payload()
  const { user } = await payload.auth({ headers: await headers() })
  if (hasRole(user, 'admin', 'editor', 'qa')) return
  redirect(`/admin/login?redirect=${encodeURIComponent(path)}`)
}
