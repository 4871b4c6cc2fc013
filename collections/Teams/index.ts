import type { CollectionConfig } from 'payload'

import { contentAccess } from '../../src/access/contentAccess'
import { contentHooks } from '../fields/contentHooks'
import { publishedWithDrafts } from '../fields/versions'

const hexColour = /^#[0-9a-fA-F]{6}$/

/** A team (or player, or fighter) as the app shows it; overrides the upstream's name, colour and logo. */
export const Teams: CollectionConfig = {
  slug: 'teams',
  labels: { singular: 'Team', plural: 'Teams' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'abbreviation', 'sport', 'upstreamTeamId', '_status'],
    listSearchableFields: ['name', 'shortName', 'abbreviation'],
    group: 'Sports',
  },
  access: contentAccess,
  versions: publishedWithDrafts,
  hooks: contentHooks,
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'shortName', label: 'Short name', type: 'text', admin: { description: 'For tight spaces, e.g. "Lakers".' } },
        { name: 'abbreviation', type: 'text', admin: { description: 'e.g. "LAL", "ARG".' } },
        {
          name: 'upstreamTeamId',
          label: 'Upstream team id',
          type: 'number',
          required: true,
          unique: true,
          index: true,
          admin: { description: 'The team id in market data; events name teams by it.' },
        },
      ],
    },
    { name: 'sport', type: 'relationship', relationTo: 'sports', admin: { description: 'Filter by sport in lists.' } },
    {
      name: 'colour',
      type: 'text',
      validate: (value: unknown) => (value == null || value === '' || (typeof value === 'string' && hexColour.test(value)) ? true : 'A hex colour like "#67A4DC".'),
    },
    { name: 'logoUrl', label: 'Logo or flag URL', type: 'text' },
  ],
}
