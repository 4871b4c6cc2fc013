import type { CollectionConfig } from 'payload'

/**
 * Drafts, version history and scheduled publish: for every collection whose changes reach the app. Its collection
 * prunes old versions itself (`pruneVersions` in its afterChange hooks: one statement per save, where Payload's
 * pruning runs a select joined across the version's child tables, and two more statements once there are 50), so
 * Payload's `maxPerDoc` is off (0: keep all).
 */
export const publishedWithDrafts: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 0,
}

/**
 * As above, plus autosave while the editor types: Live Preview re-renders on every save, so this is what makes the
 * preview follow the typing. Autosaves update one draft version; the published document is untouched.
 */
export const livePreviewedWithDrafts: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 800 }, schedulePublish: true },
  maxPerDoc: 0,
}
