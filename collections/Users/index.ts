import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { ROLES } from '../../src/access/roles'
import { selfOrAdmin } from '../../src/access/selfOrAdmin'
import { env } from '../../src/config/env'
import { sessionSecurity } from '../../src/config/sessionSecurity'
import { firstRegisterEndpoint } from './firstRegister'

/** Staff who use the admin: content editors, QA and administrators. */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: { cookies: sessionSecurity(env()).cookies },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'updatedAt'],
    group: 'Settings',
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    read: selfOrAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
  },
  // Replaces Payload's anonymous first-user registration (see firstRegister.ts).
  endpoints: [firstRegisterEndpoint],
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      // Only admins grant roles, so an editor cannot promote themselves.
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: 'Admin: everything. Editor: content and rules. QA: reads drafts and previews, no writes.',
      },
    },
  ],
}
