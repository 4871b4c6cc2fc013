/**
 * Ingestion: score a request's activities, then record the request, its activities and their ledger entries in
 * one statement. The unique (API key, Idempotency-Key) index decides which of concurrent identical requests
 * writes: the others wait on it, find the stored answer and replay it (200), or get 409 if their body differs.
 * Redis only short-cuts that (see idempotencyFastPath.ts) and keeps leaderboards current.
 */
import type { Redis } from 'ioredis'

import { conflict } from '../errors'
import type { ParsedActivities } from './activityInput'
import { requestHash } from './activityInput'
import type { Sql } from './db'
import type { IdempotencyFastPath } from './idempotencyFastPath'
import type { Leaderboards } from './leaderboard'
import { type LedgerScore, type Scoring, scoreActivity } from './scoring'
import { uuidv7 } from './uuid'
import type { RecordedActivityView } from './views'

export interface IngestDeps {
  db: () => Promise<Sql>
  scoring: () => Promise<Scoring>
  fastPath: IdempotencyFastPath | null
  leaderboards: Leaderboards
}

export interface IngestResult {
  status: 200 | 201
  /** The JSON body, byte for byte what the first request got. */
  body: string
}

type Pipeline = ReturnType<Redis['pipeline']>

interface Recorded extends RecordedActivityView {
  seq: number
  entries: LedgerScore[]
}

const INSERT = `
with req as (
  insert into reward_requests (api_key_id, idempotency_key, request_hash, status, response)
  values ($1, $2, $3, 201, $4)
  on conflict (api_key_id, idempotency_key) do nothing
  returning id
), acts as (
  insert into reward_activities (id, request_id, seq, type, wallet, occurred_at, amount, ref)
  select a.id, req.id, a.seq, a.type, a.wallet, a.occurred_at, a.amount, a.ref
    from req, unnest($5::uuid[], $6::int[], $7::text[], $8::text[], $9::timestamptz[], $10::numeric[], $11::text[])
         as a(id, seq, type, wallet, occurred_at, amount, ref)
  returning id
), led as (
  insert into reward_ledger (activity_id, season_id, wallet, activity_type, day, rule_id, rule_version, points, multiplier, daily_cap)
  select l.* from req, unnest($12::uuid[], $13::int[], $14::text[], $15::text[], $16::date[], $17::int[], $18::text[], $19::numeric[], $20::numeric[], $21::numeric[])
         as l(activity_id, season_id, wallet, activity_type, day, rule_id, rule_version, points, multiplier, daily_cap)
  returning activity_id
)
select (select count(*) from req)::int as inserted, (select id from req)::text as request_id`

function record(parsed: ParsedActivities, scoring: Scoring): Recorded[] {
  const slugs = new Map(scoring.seasons.map((season) => [season.id, season.slug]))
  return parsed.activities.map((activity, seq) => {
    const entries = scoreActivity(activity, scoring)
    return {
      seq,
      id: uuidv7(),
      ...activity,
      scores: entries.map((entry) => ({
        season: slugs.get(entry.seasonId)!,
        points: entry.points,
        multiplier: entry.multiplier,
        dailyCap: entry.dailyCap,
        rule: { id: entry.ruleId, version: entry.ruleVersion },
      })),
      entries,
    }
  })
}

const render = (form: ParsedActivities['form'], recorded: Recorded[]): string => {
  const views = recorded.map(({ seq: _seq, entries: _entries, ...view }) => view)
  return JSON.stringify(form === 'single' ? { activity: views[0] } : { activities: views })
}

function insertParams(apiKeyId: number, idempotencyKey: string, hash: string, body: string, recorded: Recorded[]): unknown[] {
  const entries = recorded.flatMap((activity) => activity.entries.map((entry) => ({ activityId: activity.id, ...entry })))
  const column = <T, K extends keyof T>(rows: T[], key: K) => rows.map((row) => row[key])
  return [
    apiKeyId,
    idempotencyKey,
    hash,
    body,
    column(recorded, 'id'),
    column(recorded, 'seq'),
    column(recorded, 'type'),
    column(recorded, 'wallet'),
    column(recorded, 'occurredAt'),
    column(recorded, 'amount'),
    column(recorded, 'ref'),
    column(entries, 'activityId'),
    column(entries, 'seasonId'),
    column(entries, 'wallet'),
    column(entries, 'activityType'),
    column(entries, 'day'),
    column(entries, 'ruleId'),
    column(entries, 'ruleVersion'),
    column(entries, 'points'),
    column(entries, 'multiplier'),
    column(entries, 'dailyCap'),
  ]
}

function replay(storedHash: string, hash: string, body: string, idempotencyKey: string): IngestResult {
  if (storedHash !== hash) {
    throw conflict('rewards.idempotency_key_reused', {
      detail: `Idempotency-Key "${idempotencyKey}" was already used with a different body.`,
      context: { idempotencyKey },
    })
  }
  return { status: 200, body }
}

export async function ingestActivities(deps: IngestDeps, apiKeyId: number, idempotencyKey: string, parsed: ParsedActivities): Promise<IngestResult> {
  const hash = requestHash(parsed)
  const claim = deps.fastPath ? await deps.fastPath.claim(apiKeyId, idempotencyKey, hash) : null
  if (claim?.kind === 'done') {
    if (claim.hash !== hash) replay(claim.hash, hash, '', idempotencyKey)
    const { rows } = await (await deps.db()).query<{ response: string }>('select response from reward_requests where id = $1', [claim.requestId])
    if (rows[0]) return { status: 200, body: rows[0].response }
  }
  if (claim?.kind === 'pending' && claim.hash !== hash) replay(claim.hash, hash, '', idempotencyKey)
  // Our claim becomes the finished answer in the same round trip as the leaderboard update.
  const complete = (storedHash: string, requestId: string) =>
    claim?.kind === 'claimed' ? (pipeline: Pipeline) => deps.fastPath!.complete(pipeline, apiKeyId, idempotencyKey, storedHash, requestId) : undefined
  try {
    const [db, scoring] = await Promise.all([deps.db(), deps.scoring()])
    const recorded = record(parsed, scoring)
    const body = render(parsed.form, recorded)
    const { rows } = await db.query<{ inserted: number; request_id: string | null }>(INSERT, insertParams(apiKeyId, idempotencyKey, hash, body, recorded))
    if (rows[0]?.inserted !== 1) {
      const existing = await db.query<{ id: string; request_hash: string; response: string }>(
        'select id::text, request_hash, response from reward_requests where api_key_id = $1 and idempotency_key = $2',
        [apiKeyId, idempotencyKey],
      )
      const stored = existing.rows[0]!
      // Redis had lost the request: note it again for the next retry.
      await deps.leaderboards.afterIngest([], [], complete(stored.request_hash, stored.id))
      return replay(stored.request_hash, hash, stored.response, idempotencyKey)
    }
    const scored = recorded.filter((activity) => activity.entries.length > 0)
    const seasons = [...new Set(scored.flatMap((activity) => activity.entries.map((entry) => entry.seasonId)))]
    await deps.leaderboards.afterIngest([...new Set(scored.map((activity) => activity.wallet))], seasons, complete(hash, rows[0].request_id!))
    return { status: 201, body }
  } catch (error) {
    if (claim?.kind === 'claimed') await deps.fastPath!.release(claim)
    throw error
  }
}
