/** The Postgres handle rewards code runs statements on: Payload's pool (so query counters see every statement). */
import type { Pool } from 'pg'

export type Sql = Pick<Pool, 'query'>

/** `coalesce(...)` of the attribution generation; the row is created by its first bump. */
export const GENERATION_SQL = `coalesce((select generation from reward_state where id = 1), 0)::bigint`

/** Bumps the attribution generation: every Redis leaderboard is rebuilt on its next read. */
export const BUMP_GENERATION_SQL = `insert into reward_state (id, generation) values (1, 1) on conflict (id) do update set generation = reward_state.generation + 1`

export async function bumpGeneration(db: Sql): Promise<void> {
  await db.query(BUMP_GENERATION_SQL)
}
