/**
 * Re-scores a season under the rules published now: walks the season's activities in (occurred_at, id) order,
 * batch by batch, rewriting their ledger entries and advancing a cursor in the same statement. Stopped anywhere,
 * it resumes from the cursor while the rules are unchanged (else starts over); run twice, it writes the same
 * ledger. At the end it drops entries of activities now outside the season and bumps the attribution generation,
 * so leaderboards rebuild from the new ledger (totals may go down, which Redis merges never do).
 */
import type { Sql } from './db'
import { BUMP_GENERATION_SQL } from './db'
import { logger } from '../log/logger'
import { type Scoring, scoreActivity, seasonRulesVersion } from './scoring'

export interface RescoreStatus {
  seasonId: number
  status: 'running' | 'done' | 'failed'
  rulesVersion: string
  processed: number
  startedAt: string
  updatedAt: string
  finishedAt: string | null
  error: string | null
}

interface StatusRow {
  season_id: number
  status: RescoreStatus['status']
  rules_version: string
  cursor_at: Date | null
  cursor_id: string | null
  processed: number
  started_at: Date
  updated_at: Date
  finished_at: Date | null
  error: string | null
}

const toStatus = (row: StatusRow): RescoreStatus => ({
  seasonId: row.season_id,
  status: row.status,
  rulesVersion: row.rules_version,
  processed: row.processed,
  startedAt: row.started_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  finishedAt: row.finished_at?.toISOString() ?? null,
  error: row.error,
})

// Resume a run of the same rules that did not finish; anything else starts from the beginning.
const START = `
insert into reward_rescores (season_id, status, rules_version, cursor_at, cursor_id, processed, error, started_at, updated_at, finished_at)
values ($1, 'running', $2, null, null, 0, null, now(), now(), null)
on conflict (season_id) do update set
  status = 'running',
  error = null,
  finished_at = null,
  updated_at = now(),
  rules_version = excluded.rules_version,
  cursor_at = case when reward_rescores.rules_version = excluded.rules_version and reward_rescores.status <> 'done' then reward_rescores.cursor_at end,
  cursor_id = case when reward_rescores.rules_version = excluded.rules_version and reward_rescores.status <> 'done' then reward_rescores.cursor_id end,
  processed = case when reward_rescores.rules_version = excluded.rules_version and reward_rescores.status <> 'done' then reward_rescores.processed else 0 end,
  started_at = case when reward_rescores.rules_version = excluded.rules_version and reward_rescores.status <> 'done' then reward_rescores.started_at else now() end
returning *`

const NEXT_BATCH = `
select id, type, wallet, occurred_at, amount::text as amount from reward_activities
 where occurred_at >= $1 and occurred_at < $2
   and ($3::timestamptz is null or (occurred_at, id) > ($3::timestamptz, $4::uuid))
 order by occurred_at, id
 limit $5`

// One statement per batch: entries that no longer score go, the others are upserted, the cursor moves.
const APPLY_BATCH = `
with dropped as (
  delete from reward_ledger
   where season_id = $1 and activity_id = any($2::uuid[]) and not (activity_id = any($3::uuid[]))
), upserted as (
  insert into reward_ledger (activity_id, season_id, wallet, activity_type, day, rule_id, rule_version, points, multiplier, daily_cap)
  select l.activity_id, $1, l.wallet, l.activity_type, l.day, l.rule_id, l.rule_version, l.points, l.multiplier, l.daily_cap
    from unnest($3::uuid[], $4::text[], $5::text[], $6::date[], $7::int[], $8::text[], $9::numeric[], $10::numeric[], $11::numeric[])
         as l(activity_id, wallet, activity_type, day, rule_id, rule_version, points, multiplier, daily_cap)
  on conflict (activity_id, season_id) do update set
    wallet = excluded.wallet, activity_type = excluded.activity_type, day = excluded.day, rule_id = excluded.rule_id,
    rule_version = excluded.rule_version, points = excluded.points, multiplier = excluded.multiplier,
    daily_cap = excluded.daily_cap, scored_at = now()
  where (reward_ledger.rule_id, reward_ledger.rule_version, reward_ledger.points, reward_ledger.multiplier, reward_ledger.daily_cap)
        is distinct from (excluded.rule_id, excluded.rule_version, excluded.points, excluded.multiplier, excluded.daily_cap)
)
update reward_rescores set cursor_at = $12, cursor_id = $13, processed = processed + $14, updated_at = now()
 where season_id = $1 and rules_version = $15`

const FINISH = `
with outside as (
  delete from reward_ledger l using reward_activities a
   where l.season_id = $1 and a.id = l.activity_id and (a.occurred_at < $2 or a.occurred_at >= $3)
), bumped as (${BUMP_GENERATION_SQL})
update reward_rescores set status = 'done', updated_at = now(), finished_at = now() where season_id = $1 and rules_version = $4
returning *`

export async function rescoreStatus(db: Sql, seasonId: number): Promise<RescoreStatus | null> {
  const { rows } = await db.query<StatusRow>('select * from reward_rescores where season_id = $1', [seasonId])
  return rows[0] ? toStatus(rows[0]) : null
}

export interface RescoreOptions {
  batchSize?: number
  /** Stop after this many batches (tests of resumption); the run stays `running`. */
  maxBatches?: number
}

export async function rescoreSeason(db: Sql, scoring: Scoring, seasonId: number, options: RescoreOptions = {}): Promise<RescoreStatus> {
  const season = scoring.seasons.find((candidate) => candidate.id === seasonId)
  if (!season) throw new Error(`season ${seasonId} is not published`)
  const batchSize = options.batchSize ?? 1_000
  const version = seasonRulesVersion(scoring, seasonId)
  const started = (await db.query<StatusRow>(START, [seasonId, version])).rows[0]!
  let cursor = { at: started.cursor_at, id: started.cursor_id }
  try {
    for (let batches = 0; options.maxBatches === undefined || batches < options.maxBatches; batches++) {
      const { rows } = await db.query<{ id: string; type: string; wallet: string; occurred_at: Date; amount: string | null }>(NEXT_BATCH, [
        season.startsAt,
        season.endsAt,
        cursor.at,
        cursor.id,
        batchSize,
      ])
      if (rows.length === 0) {
        const finished = await db.query<StatusRow>(FINISH, [seasonId, season.startsAt, season.endsAt, version])
        return toStatus(finished.rows[0] ?? started)
      }
      const entries = rows.flatMap((row) =>
        scoreActivity({ type: row.type, wallet: row.wallet, occurredAt: row.occurred_at.toISOString(), amount: row.amount }, scoring, seasonId).map((entry) => ({ activityId: row.id, ...entry })),
      )
      const last = rows.at(-1)!
      const pick = <K extends keyof (typeof entries)[number]>(key: K) => entries.map((entry) => entry[key])
      await db.query(APPLY_BATCH, [
        seasonId,
        rows.map((row) => row.id),
        pick('activityId'),
        pick('wallet'),
        pick('activityType'),
        pick('day'),
        pick('ruleId'),
        pick('ruleVersion'),
        pick('points'),
        pick('multiplier'),
        pick('dailyCap'),
        last.occurred_at,
        last.id,
        rows.length,
        version,
      ])
      cursor = { at: last.occurred_at, id: last.id }
    }
  } catch (error) {
    await db.query(`update reward_rescores set status = 'failed', error = $2, updated_at = now() where season_id = $1`, [seasonId, String(error)]).catch((markError: unknown) => logger.error({ component: 'rescore', err: markError, seasonId }, 're-score failed and could not be marked failed'))
    throw error
  }
  return (await rescoreStatus(db, seasonId))!
}
