/** Who may open a preview page: logged-in staff (admin, editor, qa) or the holder of a valid signed link. */
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { hasRole } from '../access/roles'
import { services } from '../services'
import { verifyPreviewToken } from './token'

export async function requirePreviewAccess(path: string, token: string | undefined): Promise<void> {
  if (verifyPreviewToken(path, token)) return
  const payload = await services().payload()
  const { user } = await payload.auth({ headers: await headers() })
  if (hasRole(user, 'admin', 'editor', 'qa')) return
  redirect(`/admin/login?redirect=${encodeURIComponent(path)}`)
}
