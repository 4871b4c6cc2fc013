import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins and editors: whoever may change content. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
