// Ingestion throughput: activities/s through the ingestion service (batches of 500: idempotency record,
// activities and ledger in one statement, Redis claim, leaderboard update) against the floor of a plain pg
// `INSERT ... ON CONFLICT DO NOTHING` of the same 500 activity rows per statement. `npx tsx bench/rewardsIngest.ts`
// (needs a local Postgres and Redis or DATABASE_URL / REDIS_URL); prints a table and returns the figures for bench/run.ts.
import { performance } from 'node:perf_hooks'

import { Redis } from 'ioredis'
import pg from 'pg'

import type { CompiledRewardRule } from '../src/content/types'
import type { ActivityInput } from '../src/rewards/activityInput'
import { type IngestDeps, ingestActivities } from '../src/rewards/ingest'
import { Leaderboards } from '../src/rewards/leaderboard'
import { LeaderboardRedis } from '../src/rewards/leaderboard/redisStore'
import { IdempotencyFastPath } from '../src/rewards/idempotencyFastPath'
import { scoringFrom } from '../src/rewards/scoring'
import { uuidv7 } from '../src/rewards/uuid'
import { createDatabase, dropDatabase, resolvePostgres, resolveRedis } from '../test/support/services'

export interface IngestFigures {
  path: string
  batches: number
  activitiesPerSecond: number
  medianBatchMs: number
  p95BatchMs: number
}

const BATCH = 500
const BATCHES = 40
const WALLETS = 5_000

const SEASON = { id: 1, slug: 'bench', name: 'Bench', startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z' }
const rule = (id: number, activityType: string, dailyCap: string | null): CompiledRewardRule => ({
  id, name: activityType, seasonSlug: 'bench', activityType, basePoints: '1', pointsPerUnit: '0.1', dailyCap, effectiveFrom: null, effectiveUntil: null,
  multiplierWindows: [{ startsAt: '2026-07-18T00:00:00.000Z', endsAt: '2026-07-20T00:00:00.000Z', multiplier: '2' }], version: '2026-01-01T00:00:00.000Z',
})
const scoring = scoringFrom({ seasons: { bench: SEASON }, rewardRules: [rule(1, 'trade', '500'), rule(2, 'deposit', '100'), rule(3, 'prediction_won', null)] })

function batches(): ActivityInput[][] {
  let seed = 11
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  const types = ['trade', 'trade', 'deposit', 'prediction_won'] as const
  return Array.from({ length: BATCHES + 2 }, () =>
    Array.from({ length: BATCH }, (_, i) => ({
      type: types[Math.floor(next() * types.length)]!,
      wallet: `0x${Math.floor(next() * WALLETS).toString(16).padStart(40, '0')}`,
      occurredAt: new Date(Date.parse('2026-06-01T00:00:00Z') + Math.floor(next() * 90 * 86_400_000)).toISOString(),
      amount: (next() * 1_000).toFixed(6),
      ref: `bench-${i}`,
    })),
  )
}

function summarise(path: string, samples: number[], totalMs: number): IngestFigures {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    path,
    batches: samples.length,
    activitiesPerSecond: Math.round((samples.length * BATCH * 1000) / totalMs),
    medianBatchMs: Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10,
    p95BatchMs: Math.round(sorted[Math.floor(sorted.length * 0.95)]! * 10) / 10,
  }
}

async function timed(path: string, work: ActivityInput[][], run: (batch: ActivityInput[], index: number) => Promise<void>): Promise<IngestFigures> {
  // Two warm-up batches, then the timed ones one after another (the service's cost per request, not parallelism).
  await run(work[0]!, 0)
  await run(work[1]!, 1)
  const samples: number[] = []
  const started = performance.now()
  for (let i = 2; i < work.length; i++) {
    const t0 = performance.now()
    await run(work[i]!, i)
    samples.push(performance.now() - t0)
  }
  return summarise(path, samples, performance.now() - started)
}

/** `adminUrl` / `redisUrl`: servers the caller already resolved (bench/run.ts); else found or started. */
export async function rewardsIngestBench(adminUrl?: string, redisUrl?: string): Promise<IngestFigures[]> {
  const postgres = adminUrl ? { url: adminUrl, stop: async () => {} } : await resolvePostgres()
  const redisService = redisUrl ? { url: redisUrl, stop: async () => {} } : await resolveRedis()
  const database = `pb_bench_rewards_${process.pid}`
  const url = await createDatabase(postgres.url, database)
  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET ??= 'bench-secret-bench-secret-bench-secret-01'
  const { resetEnvCache } = await import('../src/config/env')
  resetEnvCache()
  const { default: config } = await import('../payload.config')
  const { getPayload } = await import('payload')
  const { migrate, closePayload } = await import('../src/boot/migrate')
  const payload = await getPayload({ config, key: 'bench' })
  const redis = new Redis(redisService.url)
  const prefix = `pb:bench:${process.pid}:`
  try {
    await migrate(payload)
    const pool = payload.db.pool
    const work = batches()
    const deps: IngestDeps = {
      db: async () => pool,
      scoring: async () => scoring,
      fastPath: new IdempotencyFastPath(redis, prefix),
      leaderboards: new Leaderboards(async () => pool, new LeaderboardRedis(redis, prefix)),
    }
    const service = await timed('ingestion service (PG + Redis)', work, async (batch, i) => {
      const result = await ingestActivities(deps, 1, `bench-${i}`, { form: 'batch', activities: batch })
      if (result.status !== 201) throw new Error(`batch ${i}: ${result.status}`)
    })

    await pool.query('create table bench_activities (id uuid primary key, type text not null, wallet text not null, occurred_at timestamptz not null, amount numeric, ref text)')
    const baseline = await timed('plain INSERT ... ON CONFLICT (pg)', work, async (batch) => {
      const values: unknown[] = []
      const rows = batch.map((activity, i) => {
        values.push(uuidv7(), activity.type, activity.wallet, activity.occurredAt, activity.amount, activity.ref)
        return `($${i * 6 + 1}, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6})`
      })
      await pool.query(`insert into bench_activities (id, type, wallet, occurred_at, amount, ref) values ${rows.join(', ')} on conflict (id) do nothing`, values)
    })
    return [service, baseline]
  } finally {
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length) await redis.del(...keys)
    redis.disconnect()
    await closePayload(payload)
    await dropDatabase(postgres.url, database)
    await Promise.all([postgres.stop(), redisService.stop()])
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [service, baseline] = await rewardsIngestBench()
  console.table([service, baseline])
  console.log(`ingestion service / plain insert: ${(service!.activitiesPerSecond / baseline!.activitiesPerSecond).toFixed(2)}× the throughput`)
  process.exit(0)
}
