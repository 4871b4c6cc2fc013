/**
 * The hooks every content collection runs: they tell the replicas, after commit, that a snapshot changed, and record
 * each change to the published configuration as a config version.
 *
 * Whether a save changed what is published is read from the document's main row, before and after: Payload writes
 * the main row (and its `updatedAt`) only when it publishes or unpublishes, and leaves it alone on a draft save. A
 * release, revert or restore runs many saves in one transaction under a batch (`req.context.configBatch`): the
 * hooks then only collect the changes, and the batch records one version and sends one notification.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { transactionDb } from '../db/transaction'
import { type ContentCollection, isContentCollection } from './collections'
import { advanceConfigVersion, type PublishedChange, type PublishedDoc, type VersionAction } from './history'
import { notifyContentChange } from './notify'

/** Collects a transaction's published changes, recorded as one config version by whoever opened it. */
export interface ConfigBatch {
  changes: PublishedChange[]
}

const BATCH = 'playbook.configBatch'
const mainBeforeKey = (slug: string, id: unknown) => `playbook.mainBefore:${slug}:${String(id)}`
const mainReadKey = (slug: string, id: unknown) => `playbook.mainRead:${slug}:${String(id)}`

export const configBatchOf = (req: PayloadRequest): ConfigBatch | undefined => req.context[BATCH] as ConfigBatch | undefined
export const startConfigBatch = (req: PayloadRequest): ConfigBatch => (req.context[BATCH] = { changes: [] } as ConfigBatch)

type MainRow = PublishedDoc & { _status?: string | null; updatedAt?: string | null }

const readMain = (req: PayloadRequest, collection: string, id: number | string): Promise<MainRow | null> =>
  req.payload.db.findOne({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req }) as Promise<MainRow | null>

/** A main row read before a save, and the save's data it was read for. */
interface MainRead {
  data: unknown
  row: MainRow | null
}

/**
 * The main row before an update, for a beforeChange hook that runs ahead of `rememberPublished` in the same save
 * (`data` is the save's, as the hook got it): that hook then takes this read instead of making its own, one query
 * fewer per publish. A read left by a save that failed is never taken by another: its data is not theirs.
 */
export async function readMainBeforeSave<T>(req: PayloadRequest, collection: string, id: number | string, data: unknown): Promise<T | null> {
  const row = await readMain(req, collection, id)
  req.context[mainReadKey(collection, id)] = { data, row } satisfies MainRead
  return row as T | null
}

const published = (row: MainRow | null | undefined): PublishedDoc | null => (row?._status === 'published' ? row : null)

async function record(req: PayloadRequest, change: PublishedChange, action: VersionAction): Promise<void> {
  const batch = configBatchOf(req)
  if (batch) {
    batch.changes.push(change)
    return
  }
  const db = await transactionDb(req)
  const configVersion = await advanceConfigVersion(db, { action, user: req.user }, [change])
  await notifyContentChange(db, { collection: change.collection, id: change.id, status: action === 'delete' ? 'deleted' : 'published', configVersion })
}

async function draftOnly(req: PayloadRequest, collection: string, id: number | string): Promise<void> {
  // A batch sends its own notification at the end.
  if (configBatchOf(req)) return
  await notifyContentChange(await transactionDb(req), { collection, id, status: 'draft' })
}

/** beforeChange: remember the main row as it was, to tell a publish from a draft save afterwards. */
export const rememberPublished: CollectionBeforeChangeHook = async ({ req, operation, originalDoc, collection, data }) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const readKey = mainReadKey(collection.slug, originalDoc.id)
  const read = req.context[readKey] as MainRead | undefined
  delete req.context[readKey]
  req.context[mainBeforeKey(collection.slug, originalDoc.id)] = read?.data === data ? read.row : await readMain(req, collection.slug, originalDoc.id)
  return data
}

/** afterChange: record a change to the published configuration, or notify a draft change. */
export const recordChange: CollectionAfterChangeHook = async ({ req, doc, collection, operation }) => {
  const slug = collection.slug
  const before = operation === 'create' ? null : (req.context[mainBeforeKey(slug, doc.id)] as MainRow | null | undefined)
  const after = await readMain(req, slug, doc.id)
  const mainWritten = operation === 'create' || before?.updatedAt !== after?.updatedAt
  const change = { collection: slug as ContentCollection, id: Number(doc.id), before: published(before), after: published(after) }
  if (!isContentCollection(slug) || !mainWritten || (!change.before && !change.after)) await draftOnly(req, slug, doc.id)
  else await record(req, change, change.after ? 'publish' : 'unpublish')
  return doc
}

/** afterDelete: deleting a published document changes the configuration. */
export const recordDelete: CollectionAfterDeleteHook = async ({ req, id, doc, collection }) => {
  const before = published(doc as MainRow)
  if (before && isContentCollection(collection.slug)) await record(req, { collection: collection.slug, id: Number(id), before, after: null }, 'delete')
  else if (!configBatchOf(req)) await notifyContentChange(await transactionDb(req), { collection: collection.slug, id, status: 'deleted' })
}
