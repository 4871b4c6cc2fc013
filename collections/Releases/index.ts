import type { CollectionConfig } from 'payload'

import { isEditor } from '../../src/access/isEditor'
import { isStaff } from '../../src/access/isStaff'
import { RELEASE_COLLECTIONS, RELEASE_STATUSES } from '../../src/releases/model'
import { releaseEndpoints } from '../../src/releases/endpoints'
import { keepSystemFields, scheduleRelease } from '../../src/releases/schedule'

/**
 * A release: documents whose latest drafts publish together, in one transaction, now or at `publishAt`; and are
 * reverted together. Status and history change only through its publish and revert actions.
 */
export const Releases: CollectionConfig = {
  slug: 'releases',
  labels: { singular: 'Release', plural: 'Releases' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'publishAt', 'configVersion', 'updatedAt'],
    group: 'Publishing',
    description: 'Documents that publish together (a matchday, a campaign): one change for the app, one step to undo.',
  },
  access: { read: isStaff, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeChange: [keepSystemFields], afterChange: [scheduleRelease] },
  endpoints: releaseEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: [...RELEASE_COLLECTIONS],
      hasMany: true,
      admin: { description: 'Each document’s latest draft is published when the release is.' },
    },
    {
      name: 'publishAt',
      label: 'Publish at',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Empty: publish by hand. Set: published then by the jobs queue.' },
    },
    {
      name: 'actions',
      type: 'ui',
      admin: { position: 'sidebar', condition: (data) => Boolean(data?.id), components: { Field: '/src/components/admin/ReleaseActions#ReleaseActions' } },
    },
    {
      name: 'status',
      type: 'select',
      options: RELEASE_STATUSES.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) })),
      defaultValue: 'draft',
      required: true,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'configVersion', label: 'Published as config version', type: 'number', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'history',
      type: 'array',
      admin: { readOnly: true, description: 'Who did what, when.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'action', type: 'text', required: true },
            { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'by', type: 'relationship', relationTo: 'users' },
            { name: 'configVersion', type: 'number' },
          ],
        },
        { name: 'detail', type: 'json' },
      ],
    },
  ],
}
