/**
 * Indexes Payload's field options cannot express, added to the drizzle schema so migrations create them and the
 * drift check knows them.
 */
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type Hook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * Search matches app-user handles by prefix (`handle LIKE 'q%'`). The unique index Payload makes uses the
 * database collation, which LIKE cannot use outside the C locale; a text_pattern_ops B-tree can, in any locale.
 * BENCHMARKS.md compares it with a pg_trgm GIN index on 1M handles.
 */
export const handlePrefixIndex: Hook = ({ schema, extendTable }) => {
  const table = schema.tables.app_users
  if (table) {
    extendTable({
      table,
      extraConfig: (columns) => ({
        app_users_handle_prefix_idx: index('app_users_handle_prefix_idx').using('btree', (columns.handle as never as { op: (name: string) => never }).op('text_pattern_ops')),
      }),
    })
  }
  return schema
}
