import type { Access } from 'payload'

import { hasRole } from './roles'

/** Staff read everything, drafts included; anyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'qa')) return true
  return { _status: { equals: 'published' } }
}
