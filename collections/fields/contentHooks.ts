import type { CollectionConfig } from 'payload'

import { notifyAfterChange, notifyAfterDelete } from '../../src/content/notify'

/** Every content collection tells the replicas, after commit, that its snapshot changed. */
export const contentHooks: NonNullable<CollectionConfig['hooks']> = {
  afterChange: [notifyAfterChange],
  afterDelete: [notifyAfterDelete],
}
