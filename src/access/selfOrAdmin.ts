import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins see every user; others see only themselves. */
export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
