import type { CollectionConfig } from 'payload'

import { contentAccess } from '../../src/access/contentAccess'
import { ACTIVITY_TYPES } from '../../src/rewards/activityTypes'
import { contentHooks } from '../fields/contentHooks'
import { decimalField } from '../fields/decimal'
import { publishedWithDrafts } from '../fields/versions'
import { validateMultiplierWindows, validateRuleWindow } from './validateWindows'

/** How many points an activity earns in a season. Every scored activity records the rule version it used. */
export const RewardRules: CollectionConfig = {
  slug: 'reward-rules',
  labels: { singular: 'Reward rule', plural: 'Reward rules' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'season', 'activityType', 'basePoints', 'pointsPerUnit', '_status'],
    group: 'Rewards',
    description: 'Points per activity: base points plus points per unit (e.g. per USDC traded), capped per day, with multiplier windows.',
  },
  access: contentAccess,
  versions: publishedWithDrafts,
  hooks: contentHooks,
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'season', type: 'relationship', relationTo: 'reward-seasons', required: true },
        { name: 'activityType', label: 'Activity type', type: 'select', required: true, options: ACTIVITY_TYPES.map(({ value, label }) => ({ value, label })) },
      ],
    },
    {
      type: 'row',
      fields: [
        decimalField('basePoints', 'Base points', { required: true, min: '0', description: 'Points for each activity, e.g. "10".' }),
        decimalField('pointsPerUnit', 'Points per unit', { required: true, min: '0', description: 'e.g. "0.5" per USDC traded.' }),
        { name: 'unitLabel', label: 'Unit', type: 'text', admin: { description: 'What a unit is, e.g. "USDC traded".' } },
        decimalField('dailyCap', 'Daily cap', { min: '0', description: 'Most points per user per UTC day; empty for no cap.' }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'effectiveFrom', label: 'In force from', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'Empty: since the season start.' } },
        {
          name: 'effectiveUntil',
          label: 'In force until',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'Empty: until the season ends.' },
          validate: validateRuleWindow as never,
        },
      ],
    },
    {
      name: 'multiplierWindows',
      label: 'Multiplier windows',
      type: 'array',
      validate: validateMultiplierWindows as never,
      admin: { description: 'Boosts, e.g. double points during the World Cup final. Windows may not overlap.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'startsAt', label: 'From', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'endsAt', label: 'Until', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            decimalField('multiplier', 'Multiplier', { required: true, min: '0', description: 'e.g. "2".' }),
          ],
        },
      ],
    },
  ],
}
