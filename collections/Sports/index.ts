import type { CollectionConfig } from 'payload'

import { contentAccess } from '../../src/access/contentAccess'
import { MARKET_KINDS } from '../../src/display/marketKinds'
import { PERIOD_VOCABULARY } from '../../src/display/periods'
import { contentHooks } from '../fields/contentHooks'
import { slugField } from '../fields/slug'
import { publishedWithDrafts } from '../fields/versions'

/** A sport or league as the app shows it, linked to its upstream tag and series. */
export const Sports: CollectionConfig = {
  slug: 'sports',
  labels: { singular: 'Sport', plural: 'Sports' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'upstreamTagId', '_status', 'updatedAt'],
    group: 'Sports',
    description: 'Sports and leagues: which upstream tag lists their games and in which order market types appear.',
  },
  access: contentAccess,
  versions: publishedWithDrafts,
  hooks: contentHooks,
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'Shown in the app, e.g. "NBA".' } },
    slugField('Used in app links and rules, e.g. "nba".'),
    {
      type: 'row',
      fields: [
        { name: 'upstreamTagId', label: 'Upstream tag id', type: 'number', required: true, admin: { description: 'The league tag in market data (e.g. 450 for the NFL).' } },
        { name: 'upstreamSeriesId', label: 'Upstream series id', type: 'text', admin: { description: 'The league series in market data, e.g. "10187".' } },
        { name: 'upstreamSportCode', label: 'Upstream sport code', type: 'text', admin: { description: 'As market data names it, e.g. "nba", "epl", "atp".' } },
      ],
    },
    {
      name: 'marketTypeOrder',
      label: 'Market type order',
      type: 'select',
      hasMany: true,
      options: MARKET_KINDS.map(({ value, label }) => ({ value, label })),
      admin: { description: 'Sections of an event page in this order; types not listed follow.' },
    },
    {
      name: 'periodVocabulary',
      label: 'Periods are called',
      type: 'select',
      options: PERIOD_VOCABULARY.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) })),
      admin: { description: 'What the app calls a part of a game ("Set 2", "3rd quarter"): sets in tennis, rounds in UFC, innings in baseball.' },
    },
    { name: 'icon', type: 'text', admin: { description: 'Icon URL or emoji.' } },
  ],
}
