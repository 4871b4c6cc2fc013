/**
 * App-user profiles by handle prefix, for search. One indexed query (`handle LIKE 'q%'` on a text_pattern_ops
 * B-tree index, see BENCHMARKS.md); the prefix is escaped so `%` and `_` in a query match themselves.
 */
import type { Pool } from 'pg'

import type { SearchProfile } from '../screens/search'

export type ProfileSearch = (q: string, limit: number) => Promise<SearchProfile[]>

export const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (char) => `\\${char}`)

export function createProfileSearch(db: () => Promise<Pick<Pool, 'query'>>): ProfileSearch {
  return async (q, limit) => {
    const prefix = q.trim().toLowerCase().replace(/^@/, '')
    if (!prefix || !/^[a-z0-9_]+$/.test(prefix)) return []
    const { rows } = await (await db()).query<{ handle: string; display_name: string | null }>(
      'select handle, display_name from app_users where handle like $1 order by handle limit $2',
      [`${escapeLike(prefix)}%`, limit],
    )
    return rows.map((row) => ({ handle: row.handle, displayName: row.display_name }))
  }
}
