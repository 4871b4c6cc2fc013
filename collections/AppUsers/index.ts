import type { CollectionConfig } from 'payload'

import { staffReadAdminWrite } from '../../src/access/staffReadAdminWrite'

const handlePattern = /^[a-z0-9_]{2,30}$/

/** A user of the mobile app: its public profile, found by handle in search. Not a login. */
export const AppUsers: CollectionConfig = {
  slug: 'app-users',
  labels: { singular: 'App user', plural: 'App users' },
  admin: { useAsTitle: 'handle', defaultColumns: ['handle', 'displayName', 'createdAt'], listSearchableFields: ['handle', 'displayName'], group: 'Rewards' },
  access: staffReadAdminWrite,
  fields: [
    {
      name: 'handle',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'Lower case letters, digits and underscores; search matches it by prefix.' },
      validate: (value: unknown) => (typeof value === 'string' && handlePattern.test(value) ? true : 'A handle is 2–30 lower-case letters, digits or underscores.'),
    },
    { name: 'displayName', label: 'Display name', type: 'text' },
    { name: 'avatarUrl', label: 'Avatar URL', type: 'text' },
  ],
}
