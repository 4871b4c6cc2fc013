import type { CollectionConfig } from 'payload'

import { isEditor } from './isEditor'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/** Content that reaches the app: editors write and publish, QA reads drafts and versions, the public reads published. */
export const contentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
}
