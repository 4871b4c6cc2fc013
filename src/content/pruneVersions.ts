/**
 * A document keeps its newest versions and loses the rest, in one statement on the save's transaction. Payload's
 * own `maxPerDoc` does the same after every save with a select of the oldest version to keep, joined across every
 * child table of the version (the heaviest statement of a publish, ~5 ms of its ~50 in a test process), then a
 * second select of the ids to delete. The version tables' child rows go with them (their foreign keys cascade).
 */
import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, Payload } from 'payload'

import { transactionDb } from '../db/transaction'

/** Versions kept per document: drafts, autosaves and published states alike, newest first. */
export const VERSIONS_KEPT = 50

/** The Postgres table of a collection's versions; a slug without one is a configuration error, said at the first save. */
export function versionTableOf(payload: Payload, slug: string): string {
  const adapter = payload.db as unknown as { tables: Record<string, unknown>; versionsSuffix?: string }
  const table = `_${slug.replace(/-/g, '_')}${adapter.versionsSuffix ?? '_v'}`
  if (!(table in adapter.tables)) throw new Error(`No version table ${table} for collection ${slug}`)
  return table
}

/** afterChange: deletes the document's versions beyond the newest `VERSIONS_KEPT`. */
export const pruneVersions: CollectionAfterChangeHook = async ({ req, doc, collection }) => {
  const table = sql.identifier(versionTableOf(req.payload, collection.slug))
  const db = await transactionDb(req)
  await db.execute(sql`
    delete from ${table} where id in (
      select id from ${table} where parent_id = ${doc.id} order by updated_at desc, id desc offset ${VERSIONS_KEPT}
    )`)
  return doc
}
