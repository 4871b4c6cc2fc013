/**
 * The config history: one row per committed change to the published configuration (a document published,
 * unpublished or deleted, a release published or reverted, an older version restored), numbered without gaps in
 * commit order, with each changed document's published state before and after. Declared in Payload's drizzle schema
 * so migrations create the tables and the drift check knows them.
 */
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type Hook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

export const configVersions = pgTable('config_versions', {
  version: integer('version').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  /** publish | unpublish | delete | release | revert | restore */
  action: text('action').notNull(),
  userId: integer('user_id'),
  userEmail: text('user_email'),
  releaseId: integer('release_id'),
  /** For a restore: the version whose configuration it brought back. */
  restoredFrom: integer('restored_from'),
})

export const configChanges = pgTable(
  'config_changes',
  {
    // A surrogate key: drizzle-kit's drift check cannot introspect a composite primary key (it sends `$1` unbound).
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    version: integer('version')
      .notNull()
      .references(() => configVersions.version, { onDelete: 'cascade' }),
    collection: text('collection').notNull(),
    docId: integer('doc_id').notNull(),
    /** The document as published before and after this version; null when it was not published. */
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (table) => [uniqueIndex('config_changes_version_doc_idx').on(table.version, table.collection, table.docId), index('config_changes_doc_idx').on(table.collection, table.docId, table.version)],
)

export const configTables: Hook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, config_versions: configVersions, config_changes: configChanges },
})
