import type { CollectionConfig } from 'payload'

import { contentAccess } from '../../src/access/contentAccess'
import { rescoreEndpoints } from '../../src/rewards/rescoreJob'
import { contentHooks } from '../fields/contentHooks'
import { slugField } from '../fields/slug'
import { publishedWithDrafts } from '../fields/versions'

/** A rewards season: the period a leaderboard ranks. */
export const RewardSeasons: CollectionConfig = {
  slug: 'reward-seasons',
  labels: { singular: 'Reward season', plural: 'Reward seasons' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'startsAt', 'endsAt', '_status'], group: 'Rewards' },
  access: contentAccess,
  versions: publishedWithDrafts,
  hooks: contentHooks,
  endpoints: rescoreEndpoints,
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('e.g. "season-1".'),
    {
      type: 'row',
      fields: [
        { name: 'startsAt', label: 'Starts', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'endsAt',
          label: 'Ends',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) =>
            !value ? 'Required.' : siblingData?.startsAt && Date.parse(String(value)) <= Date.parse(siblingData.startsAt) ? 'A season ends after it starts.' : true,
        },
      ],
    },
    { name: 'rescore', type: 'ui', admin: { condition: (data) => Boolean(data?.id), components: { Field: '/src/components/admin/RescoreSeason#RescoreSeason' } } },
  ],
}
