import type { CollectionConfig } from 'payload'

import { isAdmin } from './isAdmin'
import { isStaff } from './isStaff'

/** Records that are data, not content (app users, wallets): staff read, only admins write. */
export const staffReadAdminWrite: CollectionConfig['access'] = {
  read: isStaff,
  create: isAdmin,
  update: isAdmin,
  delete: isAdmin,
}
