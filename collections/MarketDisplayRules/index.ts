import type { CollectionConfig } from 'payload'

import { contentAccess } from '../../src/access/contentAccess'
import { MARKET_KINDS } from '../../src/display/marketKinds'
import { audienceVisibilityGroup } from '../fields/audienceRules'
import { contentHooks } from '../fields/contentHooks'
import { templateField } from '../fields/template'
import { uniqueCombination } from '../fields/uniqueCombination'
import { livePreviewedWithDrafts } from '../fields/versions'

export const SECTION_SORTS = [
  { value: 'upstream', label: 'As the upstream lists them' },
  { value: 'abs-line', label: 'By |line|, then team (spreads)' },
  { value: 'line', label: 'By line, ascending' },
  { value: 'volume', label: 'By volume, highest first' },
] as const

export const SECTION_GROUPINGS = [
  { value: 'none', label: 'No grouping' },
  { value: 'player', label: 'By player' },
  { value: 'team', label: 'By team' },
  { value: 'round', label: 'By round' },
  { value: 'period', label: 'By period' },
] as const

/** How one kind of market is titled and sectioned on an event page, for one sport or (sport empty) for all. */
export const MarketDisplayRules: CollectionConfig = {
  slug: 'market-display-rules',
  labels: { singular: 'Market display rule', plural: 'Market display rules' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'sport', 'marketKind', 'section', 'sectionOrder', '_status'],
    // The admin's Live Preview tab shows the QA preview page of this document's draft.
    livePreview: { url: () => '/preview?which=draft' },
    group: 'Sports',
    description: 'Titles, sections and sort order of markets on event pages. A rule without a sport applies to every sport.',
  },
  access: contentAccess,
  versions: livePreviewedWithDrafts,
  hooks: contentHooks,
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'For the list view, e.g. "NBA spreads".' } },
    {
      type: 'row',
      fields: [
        { name: 'sport', type: 'relationship', relationTo: 'sports', admin: { description: 'Empty: the default for every sport.' } },
        {
          name: 'marketKind',
          label: 'Market type',
          type: 'select',
          required: true,
          options: MARKET_KINDS.map(({ value, label }) => ({ value, label })),
          validate: uniqueCombination('market-display-rules', ['sport', 'marketKind'], 'There is already a rule for this sport and market type.') as never,
        },
      ],
    },
    {
      name: 'upstreamTypes',
      label: 'Also applies to upstream types',
      type: 'text',
      hasMany: true,
      admin: { description: 'Extra upstream sportsMarketType values shown with this rule, e.g. "baseball_team_first_five_spread".' },
    },
    templateField('titleTemplate', 'Title template', { required: true, description: 'e.g. "{team} {line}".' }),
    templateField('subtitleTemplate', 'Subtitle template', { description: 'e.g. "Spread".' }),
    { name: 'titleExample', type: 'ui', admin: { components: { Field: '/src/components/admin/TitleExample#DisplayRuleExample' } } },
    {
      type: 'row',
      fields: [
        { name: 'section', type: 'text', required: true, admin: { description: 'Section heading on the event page, e.g. "Spreads".' } },
        { name: 'sectionOrder', label: 'Section order', type: 'number', defaultValue: 0 },
        { name: 'sort', type: 'select', defaultValue: 'upstream', required: true, options: [...SECTION_SORTS] },
        { name: 'groupBy', label: 'Group by', type: 'select', defaultValue: 'none', required: true, options: [...SECTION_GROUPINGS] },
      ],
    },
    audienceVisibilityGroup('display_rules', 'Who gets this rule. Empty means everyone; anyone else gets the next rule (the default for every sport, else the upstream wording).'),
  ],
}
