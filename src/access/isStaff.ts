import type { Access } from 'payload'

import { hasRole } from './roles'

/** Any logged-in staff member (admin, editor, qa): may read drafts and open previews. */
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'qa')
