/**
 * Content-change notifications that fire only after the publishing transaction commits.
 *
 * Payload's afterChange/afterDelete hooks run inside the request's transaction, before commit. Postgres NOTIFY is
 * transactional: sent on that transaction's connection, it reaches every replica's LISTEN connection at commit and
 * never on rollback. So the hooks queue the notification on the transaction instead of invalidating anything.
 */
import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'

import type { DrizzleLike } from '../db/transaction'

export const CONTENT_CHANNEL = 'playbook_content'

export interface ContentChange {
  collection: string
  id: string | number
  /** `published` when the change reaches the published snapshot, `draft` when only drafts changed. */
  status: 'published' | 'draft' | 'deleted'
  /** Unique per change: replicas that all hear it elect one to announce it to live clients. */
  changeId?: string
  /** The config version the change committed as (published changes only). */
  configVersion?: number
  /** Set when a release was published or reverted: its id. */
  release?: number
}

/** Queues `change` on the transaction `db`: delivered to every replica at commit. */
export async function notifyContentChange(db: DrizzleLike, change: ContentChange): Promise<void> {
  const payload = JSON.stringify({ ...change, changeId: change.changeId ?? randomUUID() })
  await db.execute(sql`select pg_notify(${CONTENT_CHANNEL}, ${payload})`)
}
