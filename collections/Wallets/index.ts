import type { CollectionConfig } from 'payload'

import { staffReadAdminWrite } from '../../src/access/staffReadAdminWrite'
import { attributionAfterChange, attributionAfterDelete } from '../../src/rewards/attribution'

const addressPattern = /^0x[0-9a-f]{40}$/

/** An on-chain wallet of an app user. A proxy wallet links to the EOA that controls it. */
export const Wallets: CollectionConfig = {
  slug: 'wallets',
  labels: { singular: 'Wallet', plural: 'Wallets' },
  admin: { useAsTitle: 'address', defaultColumns: ['address', 'type', 'owner', 'eoa'], listSearchableFields: ['address'], group: 'Rewards' },
  access: staffReadAdminWrite,
  hooks: {
    // Addresses compare case-insensitively on chain; store one form so lookups and uniqueness hold.
    beforeValidate: [({ data }) => (data && typeof data.address === 'string' ? { ...data, address: data.address.toLowerCase() } : data)],
    // Linking a proxy to an EOA moves its recorded points: leaderboards rebuild after this commits.
    afterChange: [attributionAfterChange],
    afterDelete: [attributionAfterDelete],
  },
  fields: [
    {
      name: 'address',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) => (typeof value === 'string' && addressPattern.test(value) ? true : 'An address is 0x followed by 40 hex digits.'),
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      options: [
        { value: 'proxy', label: 'Proxy (smart wallet)' },
        { value: 'eoa', label: 'EOA (externally owned)' },
      ],
    },
    { name: 'owner', type: 'relationship', relationTo: 'app-users', index: true },
    {
      name: 'eoa',
      label: 'Controlled by (EOA)',
      type: 'relationship',
      relationTo: 'wallets',
      admin: { condition: (data) => data?.type === 'proxy', description: 'The EOA that controls this proxy wallet.' },
      validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
        value && siblingData?.type !== 'proxy' ? 'Only a proxy wallet links to an EOA.' : true,
    },
    { name: 'recentActivities', type: 'ui', admin: { condition: (data) => Boolean(data?.id), components: { Field: '/src/components/admin/WalletActivities#WalletActivities' } } },
  ],
}
