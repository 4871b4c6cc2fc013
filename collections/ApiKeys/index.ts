import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { generateApiKey } from '../../src/rewards/apiKeys'
import { keyHooks } from './hooks'

/**
 * Keys of the internal services that report reward activities. Stored as a sha256 hash; the key itself appears
 * once, in the create form (and the create response), and never again. Revoking is final.
 */
export const ApiKeys: CollectionConfig = {
  slug: 'api-keys',
  labels: { singular: 'API key', plural: 'API keys' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'keyPrefix', 'revoked', 'createdAt'],
    group: 'Rewards',
    description: 'Keys for services that call POST /api/v1/rewards/activities. Copy a new key before saving: it is never shown again.',
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: keyHooks,
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'Which service uses it, e.g. "trading-engine".' } },
    {
      name: 'key',
      label: 'Key',
      type: 'text',
      // Never stored: the hash below is.
      virtual: true,
      defaultValue: () => generateApiKey(),
      admin: {
        readOnly: true,
        condition: (data) => !data?.id,
        description: 'Copy this key now and give it to the service: after you save, only its hash is kept.',
      },
    },
    { name: 'keyPrefix', label: 'Starts with', type: 'text', admin: { readOnly: true, condition: (data) => Boolean(data?.id) } },
    { name: 'keyHash', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: () => false, update: () => false } },
    {
      type: 'row',
      fields: [
        { name: 'revoked', type: 'checkbox', defaultValue: false, admin: { description: 'A revoked key is refused within seconds on every replica. Final.' } },
        { name: 'revokedAt', label: 'Revoked at', type: 'date', admin: { readOnly: true, condition: (data) => Boolean(data?.revoked), date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
}
