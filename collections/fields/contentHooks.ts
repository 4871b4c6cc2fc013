import type { CollectionConfig } from 'payload'

import { pruneVersions } from '../../src/content/pruneVersions'
import { recordChange, recordDelete, rememberPublished } from '../../src/content/track'

/**
 * Every content collection records changes to the published configuration and tells the replicas after commit, and
 * keeps its newest versions (versions.ts).
 */
export const contentHooks: NonNullable<CollectionConfig['hooks']> = {
  beforeChange: [rememberPublished],
  afterChange: [recordChange, pruneVersions],
  afterDelete: [recordDelete],
}
