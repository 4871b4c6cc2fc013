import type { CollectionConfig } from 'payload'

import { contentAccess } from '../../src/access/contentAccess'
import { audienceVisibilityGroup } from '../fields/audienceRules'
import { contentHooks } from '../fields/contentHooks'
import { appVersionField } from '../fields/semver'
import { slugField } from '../fields/slug'
import { previewLinkField } from '../fields/previewLink'
import { livePreviewedWithDrafts } from '../fields/versions'
import { GROUP_LETTERS, validateGroups } from './validateGroups'

/** A tournament page (the World Cup 2026): its groups, teams, per-group pages and search aliases. */
export const Tournaments: CollectionConfig = {
  slug: 'tournaments',
  labels: { singular: 'Tournament', plural: 'Tournaments' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'startDate', 'endDate', '_status'],
    // The admin's Live Preview tab shows the QA preview page of this document's draft.
    livePreview: { url: () => '/preview/world-cup?which=draft' },
    group: 'World Cup',
  },
  access: contentAccess,
  versions: livePreviewedWithDrafts,
  hooks: contentHooks,
  fields: [
    previewLinkField('/preview/world-cup'),
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true },
        slugField('e.g. "world-cup-2026".'),
        { name: 'upstreamTagId', label: 'Upstream tag id', type: 'number', required: true, admin: { description: 'The tournament tag in market data.' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', label: 'Starts', type: 'date', required: true },
        { name: 'endDate', label: 'Ends', type: 'date', required: true },
      ],
    },
    {
      name: 'groups',
      type: 'array',
      labels: { singular: 'Group', plural: 'Groups' },
      maxRows: GROUP_LETTERS.length,
      validate: validateGroups as never,
      admin: { description: '12 groups A–L of 4 teams; each group has its own page in the app.', initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'letter', type: 'select', required: true, options: GROUP_LETTERS.map((l) => ({ value: l, label: `Group ${l}` })) },
            { name: 'pageSlug', label: 'Page slug', type: 'text', admin: { description: 'e.g. "group-a".' } },
            { name: 'pageTitle', label: 'Page title', type: 'text' },
          ],
        },
        { name: 'teams', type: 'relationship', relationTo: 'teams', hasMany: true, required: true },
        { name: 'intro', type: 'textarea', admin: { description: 'A short intro shown on the group page.' } },
      ],
    },
    {
      name: 'searchAliases',
      label: 'Search aliases',
      type: 'array',
      admin: { description: 'Names people search for (nicknames, FIFA codes): a match injects that team’s matches into search.', initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'alias', type: 'text', required: true },
            { name: 'team', type: 'relationship', relationTo: 'teams', required: true },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        appVersionField('minAppVersion', 'Min app version for this layout', 'Older app versions get the legacy layout below.'),
        {
          name: 'legacyLayout',
          label: 'Legacy layout',
          type: 'select',
          defaultValue: 'flat-list',
          options: [
            { value: 'flat-list', label: 'Flat list of matches' },
            { value: 'groups-only', label: 'Groups without match details' },
          ],
        },
      ],
    },
    audienceVisibilityGroup('tournaments', 'Who sees the tournament, its group pages and its matches in search. Empty means everyone.'),
  ],
}
