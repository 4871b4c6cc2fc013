import type { CollectionConfig } from 'payload'

import { recordChange, recordDelete, rememberPublished } from '../../src/content/track'

/** Every content collection records changes to the published configuration and tells the replicas after commit. */
export const contentHooks: NonNullable<CollectionConfig['hooks']> = {
  beforeChange: [rememberPublished],
  afterChange: [recordChange],
  afterDelete: [recordDelete],
}
