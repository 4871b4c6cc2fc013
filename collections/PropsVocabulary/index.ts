import type { CollectionConfig } from 'payload'

import { contentAccess } from '../../src/access/contentAccess'
import { DEFAULT_PROP_TEMPLATE } from '../../src/display/template'
import { contentHooks } from '../fields/contentHooks'
import { templateField } from '../fields/template'
import { uniqueCombination } from '../fields/uniqueCombination'
import { livePreviewedWithDrafts } from '../fields/versions'

/** How a player prop reads in one sport: "LeBron James: Points O/U 25.5" → "LeBron James to score 26+ points". */
export const PropsVocabulary: CollectionConfig = {
  slug: 'props-vocabulary',
  labels: { singular: 'Props vocabulary', plural: 'Props vocabulary' },
  admin: {
    useAsTitle: 'statLabel',
    defaultColumns: ['statLabel', 'sport', 'stat', 'verb', 'unitPlural', '_status'],
    // The admin's Live Preview tab shows the QA preview page of this document's draft.
    livePreview: { url: () => '/preview?which=draft' },
    group: 'Sports',
    description: 'Verb and unit per sport and stat, used to title player props.',
  },
  access: contentAccess,
  versions: livePreviewedWithDrafts,
  hooks: contentHooks,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'sport', type: 'relationship', relationTo: 'sports', required: true },
        {
          name: 'stat',
          type: 'text',
          required: true,
          admin: { description: 'The upstream stat (sportsMarketType), e.g. "points", "passing_yards".' },
          validate: uniqueCombination('props-vocabulary', ['sport', 'stat'], 'This sport already has vocabulary for this stat.') as never,
        },
        { name: 'statLabel', label: 'Stat label', type: 'text', required: true, admin: { description: 'e.g. "Points".' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'verb', type: 'text', required: true, admin: { description: 'e.g. "score", "throw for", "serve".' } },
        { name: 'unitSingular', label: 'Unit (singular)', type: 'text', required: true, admin: { description: 'e.g. "point".' } },
        { name: 'unitPlural', label: 'Unit (plural)', type: 'text', required: true, admin: { description: 'e.g. "points".' } },
      ],
    },
    templateField('titleTemplate', 'Title template', { description: `Empty: "${DEFAULT_PROP_TEMPLATE}".` }),
    { name: 'titleExample', type: 'ui', admin: { components: { Field: '/src/components/admin/TitleExample#PropTitleExample' } } },
  ],
}
