import type { UIField } from 'payload'

/** The sidebar's "Copy preview link" for a document whose draft has a preview page (`{slug}` → its slug). */
export const previewLinkField = (pathTemplate: string): UIField => ({
  name: 'previewLink',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: { path: '/src/components/admin/CopyPreviewLink#CopyPreviewLink', clientProps: { pathTemplate } } },
  },
})
