import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { parseOriginPattern } from '../../src/embed/origins'
import { DEFAULT_THEME, EMBED_VIEWS, isFontStack, isHexColour } from '../../src/embed/views'
import { pruneVersions } from '../../src/content/pruneVersions'
import { publishedWithDrafts } from '../fields/versions'
import { generatePublicKey } from './publicKey'

/**
 * Sites that embed live odds (`/embed/v1/widget.js`, `/embed/v1/{view}`): where they may embed from, what, and in
 * which look. The public key is not a secret (it sits in the partner's page); the allowed origins are the control.
 */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'Partner', plural: 'Partners' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'publicKey', 'enabled', '_status'],
    group: 'Embeds',
    description: 'Partner sites that embed live odds widgets. Changes apply to their widgets within seconds of publishing.',
  },
  access: { read: isAdmin, readVersions: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  versions: publishedWithDrafts,
  hooks: { afterChange: [pruneVersions] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'publicKey',
      label: 'Public key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      defaultValue: () => generatePublicKey(),
      validate: (value: unknown) => (typeof value === 'string' && /^[a-z0-9-]{6,64}$/.test(value) ? true : '6–64 lower-case letters, digits and hyphens.'),
      admin: { description: 'Goes in the partner’s snippet as data-partner. Not a secret: the allowed origins are what protect it.' },
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true, admin: { description: 'A disabled partner’s widgets show “unavailable”.' } },
    {
      name: 'allowedOrigins',
      label: 'Allowed origins',
      type: 'array',
      required: true,
      minRows: 1,
      admin: { description: 'Pages on these origins may embed: https://example.com, https://*.example.com, http://localhost:* (any port).' },
      fields: [
        {
          name: 'origin',
          type: 'text',
          required: true,
          validate: (value: unknown) => (typeof value === 'string' && parseOriginPattern(value) ? true : 'An origin like https://example.com, https://*.example.com or http://localhost:*, without a path.'),
        },
      ],
    },
    {
      name: 'views',
      type: 'select',
      hasMany: true,
      required: true,
      options: EMBED_VIEWS.map((view) => ({ label: view, value: view })),
      admin: { description: 'The views this partner may embed.' },
    },
    {
      name: 'theme',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'accent',
              type: 'text',
              defaultValue: DEFAULT_THEME.accent,
              validate: (value: unknown) => (value == null || value === '' || isHexColour(value) ? true : 'A hex colour like "#2563eb".'),
            },
            { name: 'mode', type: 'select', defaultValue: DEFAULT_THEME.mode, options: ['light', 'dark'] },
            { name: 'density', type: 'select', defaultValue: DEFAULT_THEME.density, options: ['regular', 'compact'] },
          ],
        },
        {
          name: 'font',
          label: 'Font stack',
          type: 'text',
          defaultValue: DEFAULT_THEME.font,
          validate: (value: unknown) => (value == null || value === '' || isFontStack(value) ? true : 'A CSS font-family list: letters, digits, spaces, commas, quotes and hyphens.'),
        },
      ],
    },
  ],
}
