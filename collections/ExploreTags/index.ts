import type { CollectionConfig } from 'payload'

import { contentAccess } from '../../src/access/contentAccess'
import { audienceRuleFields } from '../fields/audienceRules'
import { contentHooks } from '../fields/contentHooks'
import { PLATFORM_LABELS } from '../fields/platforms'
import { appVersionField } from '../fields/semver'
import { PLATFORMS } from '../../src/domain/platform'
import { slugField } from '../fields/slug'
import { upstreamTagIdsField } from '../fields/upstreamTagIds'
import { previewLinkField } from '../fields/previewLink'
import { livePreviewedWithDrafts } from '../fields/versions'
import { checkMarketData, keepPublishWarning } from './hooks/checkMarketData'
import { validateParent } from './validateTree'
import { validateMaxVersion, validateVisibleUntil, validateWindow } from './validateWindows'

export const EXPLORE_TAG_KINDS = [
  { value: 'market-tag', label: 'Market tag (filters upstream tags)' },
  { value: 'time-period', label: 'Time period (ends today / this week / …)' },
  { value: 'composite', label: 'Composite (groups of tags)' },
] as const

export const TIME_WINDOWS = [
  { value: 'today', label: 'Ends today (UTC)' },
  { value: 'this-week', label: 'Ends this week (UTC, Monday–Sunday)' },
  { value: 'this-month', label: 'Ends this month (UTC)' },
  { value: 'custom', label: 'Custom dates' },
] as const

export const FEED_SORTS = [
  { value: 'volume', label: 'Volume (highest first)' },
  { value: 'liquidity', label: 'Liquidity (highest first)' },
  { value: 'end-date', label: 'End date (soonest first)' },
  { value: 'newest', label: 'Newest first' },
] as const

const matchOptions = [
  { value: 'all', label: 'All of (AND)' },
  { value: 'any', label: 'Any of (OR)' },
]

/** Finds upstream events by title and adds the chosen one's slug (src/components/admin/UpstreamEventPicker.tsx). */
const eventPicker = '/src/components/admin/UpstreamEventPicker#UpstreamEventPicker'

const kindIs = (kind: string) => (data: Record<string, unknown> | undefined) => data?.kind === kind

/** A chip in the app's explore screen: a node of the tag tree and the filter that fills its feed. */
export const ExploreTags: CollectionConfig = {
  slug: 'explore-tags',
  labels: { singular: 'Explore tag', plural: 'Explore tags' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'slug', 'parent', 'kind', 'order', '_status'],
    listSearchableFields: ['label', 'slug'],
    // The admin's Live Preview tab shows the QA preview page of this document's draft.
    livePreview: { url: ({ data }) => `/preview/explore/${data?.slug ?? ''}?which=draft` },
    group: 'Explore',
    description: 'The explore tree: each tag filters market data by upstream tags (AND/OR) or by end date, below its parent.',
  },
  defaultSort: 'order',
  access: contentAccess,
  versions: livePreviewedWithDrafts,
  // Publishing checks new upstream tag ids and pinned events against market data (hooks/checkMarketData.ts).
  hooks: {
    ...contentHooks,
    beforeChange: [checkMarketData, ...(contentHooks.beforeChange ?? [])],
    afterChange: [...(contentHooks.afterChange ?? []), keepPublishWarning],
  },
  fields: [
    previewLinkField('/preview/explore/{slug}'),
    {
      name: 'publishWarning',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/components/admin/PublishWarning#PublishWarning' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true, admin: { description: 'As the app shows it, e.g. "Bitcoin".' } },
        slugField('Used in the feed URL: /api/v1/explore/{slug}/events.'),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'explore-tags',
          admin: { description: 'Empty for a top-level tag. At most 3 levels below a top-level tag.' },
          filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
          validate: validateParent as never,
        },
        { name: 'order', type: 'number', defaultValue: 0, admin: { description: 'Smaller first among siblings.' } },
        { name: 'icon', type: 'text', admin: { description: 'Icon URL or emoji.' } },
      ],
    },
    { name: 'kind', type: 'select', required: true, defaultValue: 'market-tag', options: [...EXPLORE_TAG_KINDS] },
    {
      type: 'collapsible',
      label: 'Filter',
      fields: [
        {
          name: 'inheritParentFilter',
          label: 'Also apply the parent tags’ filters',
          type: 'checkbox',
          defaultValue: true,
          admin: { description: 'Bitcoin under Crypto shows events tagged crypto AND bitcoin.' },
        },
        { name: 'filterMatch', label: 'Match', type: 'select', defaultValue: 'all', options: matchOptions },
        upstreamTagIdsField('filterTagIds', 'Upstream tag ids', 'Events must carry all (AND) or any (OR) of these upstream tags.', (ids, data) =>
          data.kind === 'market-tag' && ids.length === 0 ? 'A market tag needs at least one upstream tag id.' : null,
        ),
        {
          name: 'filterGroups',
          label: 'Tag groups',
          type: 'array',
          admin: { description: 'Each group is one condition combined with the ids above, e.g. AND (bitcoin OR ethereum).' },
          validate: (value: unknown, { data }: { data: Record<string, unknown> }) =>
            data?.kind === 'composite' && (!Array.isArray(value) || value.length === 0) ? 'A composite tag needs at least one tag group.' : true,
          fields: [
            { name: 'match', type: 'select', defaultValue: 'any', options: matchOptions, required: true },
            upstreamTagIdsField('tagIds', 'Upstream tag ids', 'The tags of this group.', (ids) => (ids.length === 0 ? 'A group needs at least one upstream tag id.' : null)),
          ],
        },
        {
          name: 'timeWindow',
          label: 'Time window',
          type: 'select',
          options: [...TIME_WINDOWS],
          admin: { condition: kindIs('time-period'), description: 'Computed in UTC from each event’s end date.' },
          validate: validateWindow as never,
        },
        {
          type: 'row',
          admin: { condition: (data) => data?.kind === 'time-period' && data?.timeWindow === 'custom' },
          fields: [
            { name: 'windowStart', label: 'From', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'windowEnd', label: 'Until', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Feed',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'sort', type: 'select', defaultValue: 'volume', options: [...FEED_SORTS], required: true },
            {
              name: 'marketStatus',
              label: 'Events shown',
              type: 'select',
              defaultValue: 'open',
              required: true,
              options: [
                { value: 'open', label: 'Open only' },
                { value: 'settled', label: 'Settled only' },
                { value: 'all', label: 'Open and settled' },
              ],
            },
          ],
        },
        {
          name: 'pinnedEvents',
          label: 'Pinned events (slugs, in order)',
          type: 'text',
          hasMany: true,
          admin: { description: 'Shown first. Each must exist upstream and be open when published.', components: { afterInput: [eventPicker] } },
        },
        { name: 'hiddenEvents', label: 'Hidden events (slugs)', type: 'text', hasMany: true, admin: { description: 'Never shown in this feed.', components: { afterInput: [eventPicker] } } },
      ],
    },
    {
      name: 'visibility',
      type: 'group',
      admin: { description: 'Who sees this tag. Empty means everyone, always.' },
      fields: [
        {
          name: 'platforms',
          type: 'select',
          hasMany: true,
          options: PLATFORMS.map((value) => ({ value, label: PLATFORM_LABELS[value] })),
        },
        {
          type: 'row',
          fields: [
            appVersionField('minAppVersion', 'Min app version', 'Hidden below this version.'),
            { ...appVersionField('maxAppVersion', 'Max app version', 'Hidden above this version.'), validate: validateMaxVersion as never },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'visibleFrom', label: 'Visible from', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'visibleUntil', label: 'Visible until', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, validate: validateVisibleUntil as never },
          ],
        },
        ...audienceRuleFields('explore_tags'),
      ],
    },
  ],
}
