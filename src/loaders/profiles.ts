/**
 * App-user profiles by handle prefix, for search. One indexed query (`handle LIKE 'q%'` on a text_pattern_ops
 * B-tree index, see BENCHMARKS.md); the prefix is escaped so `%` and `_` in a query match themselves.
 */
import { sql } from '@payloadcms/db-postgres'

import { payloadClient } from '../../payload/client'

export interface ProfileHit {
  handle: string
  displayName: string | null
}

export const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (char) => `\\${char}`)

export async function searchProfiles(q: string, limit: number): Promise<ProfileHit[]> {
  const prefix = q.trim().toLowerCase().replace(/^@/, '')
  if (!prefix || !/^[a-z0-9_]+$/.test(prefix)) return []
  const payload = await payloadClient()
  const db = payload.db.drizzle as unknown as { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: { handle: string; display_name: string | null }[] }> }
  const { rows } = await db.execute(
    sql`select handle, display_name from app_users where handle like ${`${escapeLike(prefix)}%`} order by handle limit ${limit}`,
  )
  return rows.map((row) => ({ handle: row.handle, displayName: row.display_name }))
}
