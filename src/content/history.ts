/**
 * Config versions: every committed change to the published configuration advances one number, in commit order and
 * without gaps. The number is taken inside the publishing transaction under a transaction-scoped advisory lock, so
 * two publishes cannot take the same number or commit out of order, and a rolled-back publish takes none. Each
 * version keeps the changed documents' published states before and after, which is what a restore reads.
 */
import { sql } from '@payloadcms/db-postgres'

import type { DrizzleLike } from '../db/transaction'
import type { ContentCollection } from './collections'

/** Any constant: the key of the advisory lock that orders config versions. */
const VERSION_LOCK = 0x706c6179 // 'play'

export type PublishedDoc = Record<string, unknown> & { id: number }

/** One document's published state before and after a change; null when it was not published. */
export interface PublishedChange {
  collection: ContentCollection
  id: number
  before: PublishedDoc | null
  after: PublishedDoc | null
}

export type VersionAction = 'publish' | 'unpublish' | 'delete' | 'release' | 'revert' | 'restore'

export interface VersionMeta {
  action: VersionAction
  user?: { id: number | string; email?: string | null } | null
  releaseId?: number | null
  restoredFrom?: number | null
}

export interface ConfigVersion {
  version: number
  createdAt: string
  action: VersionAction
  user: { id: number; email: string | null } | null
  releaseId: number | null
  restoredFrom: number | null
  documents: { collection: string; id: number; title: string | null; published: boolean }[]
}

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows

/** Takes the next version for `changes` on the transaction `db`; holds the version lock until that transaction ends. */
export async function advanceConfigVersion(db: DrizzleLike, meta: VersionMeta, changes: PublishedChange[]): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(${VERSION_LOCK})`)
  const userId = meta.user?.id === undefined ? null : Number(meta.user.id)
  const [row] = rowsOf<{ version: number }>(
    await db.execute(sql`
      insert into config_versions (version, action, user_id, user_email, release_id, restored_from)
      select coalesce(max(version), 0) + 1, ${meta.action}, ${userId}, ${meta.user?.email ?? null}, ${meta.releaseId ?? null}, ${meta.restoredFrom ?? null}
      from config_versions
      returning version`),
  )
  const version = row!.version
  if (changes.length > 0) {
    const records = JSON.stringify(mergeChanges(changes).map((change) => ({ collection: change.collection, doc_id: change.id, before: change.before, after: change.after })))
    await db.execute(sql`
      insert into config_changes (version, collection, doc_id, before, after)
      select ${version}, collection, doc_id, before, after
      from jsonb_to_recordset(${records}::jsonb) as change(collection text, doc_id integer, before jsonb, after jsonb)`)
  }
  return version
}

/** A document changed twice in one version: its state before the first change and after the last. */
export function mergeChanges(changes: PublishedChange[]): PublishedChange[] {
  const merged = new Map<string, PublishedChange>()
  for (const change of changes) {
    const key = `${change.collection}:${change.id}`
    const earlier = merged.get(key)
    merged.set(key, earlier ? { ...earlier, after: change.after } : change)
  }
  return [...merged.values()]
}

/** The newest committed version (0 before the first publish). */
export async function currentConfigVersion(db: DrizzleLike): Promise<number> {
  const [row] = rowsOf<{ version: number | null }>(await db.execute(sql`select max(version) as version from config_versions`))
  return row?.version ?? 0
}

const titleOf = (doc: Record<string, unknown> | null): string | null => {
  for (const field of ['label', 'title', 'name', 'slug']) if (typeof doc?.[field] === 'string') return doc[field] as string
  return null
}

/** The newest versions first, each with the documents it changed: one query. */
export async function listConfigVersions(db: DrizzleLike, limit: number): Promise<ConfigVersion[]> {
  const rows = rowsOf<{
    version: number
    created_at: string | Date
    action: VersionAction
    user_id: number | null
    user_email: string | null
    release_id: number | null
    restored_from: number | null
    documents: { collection: string; id: number; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[] | null
  }>(
    await db.execute(sql`
      select v.version, v.created_at, v.action, v.user_id, v.user_email, v.release_id, v.restored_from,
        (select jsonb_agg(jsonb_build_object('collection', c.collection, 'id', c.doc_id, 'before', c.before, 'after', c.after) order by c.collection, c.doc_id)
           from config_changes c where c.version = v.version) as documents
      from config_versions v order by v.version desc limit ${limit}`),
  )
  return rows.map((row) => ({
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    action: row.action,
    user: row.user_id === null ? null : { id: row.user_id, email: row.user_email },
    releaseId: row.release_id,
    restoredFrom: row.restored_from,
    documents: (row.documents ?? []).map((doc) => ({ collection: doc.collection, id: doc.id, title: titleOf(doc.after ?? doc.before), published: doc.after !== null })),
  }))
}

/** A document's published state to bring back, and the collection it is in. */
export interface TargetState {
  collection: ContentCollection
  id: number
  /** The document as it was published; null: it was not published then. */
  state: PublishedDoc | null
}

/**
 * What every document changed after `version` looked like at `version`: for each, the state before its first
 * change after it. Documents untouched since are already as they were. Null when `version` does not exist.
 */
export async function statesAtVersion(db: DrizzleLike, version: number): Promise<TargetState[] | null> {
  const [exists] = rowsOf<{ found: boolean }>(await db.execute(sql`select exists(select 1 from config_versions where version = ${version}) as found`))
  if (!exists?.found) return null
  const rows = rowsOf<{ collection: ContentCollection; doc_id: number; before: PublishedDoc | null }>(
    await db.execute(sql`
      select distinct on (collection, doc_id) collection, doc_id, before
      from config_changes where version > ${version}
      order by collection, doc_id, version asc`),
  )
  return rows.map((row) => ({ collection: row.collection, id: row.doc_id, state: row.before }))
}

/** What `version` changed, as the states to bring back to undo it (each document's state before it). */
export async function statesBeforeVersion(db: DrizzleLike, version: number): Promise<TargetState[]> {
  const rows = rowsOf<{ collection: ContentCollection; doc_id: number; before: PublishedDoc | null }>(
    await db.execute(sql`select collection, doc_id, before from config_changes where version = ${version} order by collection, doc_id`),
  )
  return rows.map((row) => ({ collection: row.collection, id: row.doc_id, state: row.before }))
}
