/**
 * Content-change notifications that fire only after the publishing transaction commits.
 *
 * Payload's afterChange/afterDelete hooks run inside the request's transaction, before commit. Postgres NOTIFY is
 * transactional: sent on that transaction's connection, it reaches every replica's LISTEN connection at commit and
 * never on rollback. So the hook queues the notification on the transaction instead of invalidating anything itself.
 */
import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

export const CONTENT_CHANNEL = 'playbook_content'

export interface ContentChange {
  collection: string
  id: string | number
  /** `published` when the change reaches the published snapshot, `draft` when only drafts changed. */
  status: 'published' | 'draft' | 'deleted'
  /** Unique per change: replicas that all hear it elect one to announce it to live clients. */
  changeId?: string
}

interface DrizzleLike {
  execute: (query: ReturnType<typeof sql>) => Promise<unknown>
}

async function transactionDb(req: PayloadRequest): Promise<DrizzleLike> {
  const adapter = req.payload.db as unknown as { sessions?: Record<string, { db: DrizzleLike }>; drizzle: DrizzleLike }
  const transactionID = await req.transactionID
  return (transactionID !== undefined && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
}

export async function notifyContentChange(req: PayloadRequest, change: ContentChange): Promise<void> {
  const db = await transactionDb(req)
  const payload = JSON.stringify({ ...change, changeId: change.changeId ?? randomUUID() })
  await db.execute(sql`select pg_notify(${CONTENT_CHANNEL}, ${payload})`)
}

const statusOf = (doc: { _status?: string | null }): ContentChange['status'] => (doc._status === 'draft' ? 'draft' : 'published')

/** afterChange: queue a notification for commit. A draft save of a published doc leaves the published snapshot as is. */
export const notifyAfterChange: CollectionAfterChangeHook = async ({ req, doc, collection }) => {
  await notifyContentChange(req, { collection: collection.slug, id: doc.id, status: statusOf(doc) })
  return doc
}

export const notifyAfterDelete: CollectionAfterDeleteHook = async ({ req, id, collection }) => {
  await notifyContentChange(req, { collection: collection.slug, id, status: 'deleted' })
}
