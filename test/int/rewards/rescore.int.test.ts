// Re-scoring a season after its rules change: background job, resumable from its cursor, idempotent, and the
// leaderboard follows (totals may go down).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { leaderboardPage } from '@/loaders/rewards'
import { buildSnapshot } from '@/content/load'
import { createRedis } from '@/redis/connect'
import { rescoreSeason, rescoreStatus } from '@/rewards/rescore'
import { RESCORE_TASK } from '@/rewards/rescoreJob'
import { scoringFrom } from '@/rewards/scoring'

import { closePayload, testPayload } from '../../support/payload'
import { createApiKey, poster, randomWallet, testRewards } from '../../support/rewards'

describe('season re-score', () => {
  let payload: Payload
  const redis = createRedis(process.env.REDIS_URL!, 'rewards-rescore-test')
  let seasonId: number
  let ruleId: number
  let post: ReturnType<typeof poster>
  const wallets = [randomWallet(), randomWallet()]
  const slug = `rescore-${Date.now().toString(36)}`

  beforeAll(async () => {
    payload = await testPayload()
    // A season of its own, in a year no other test reports activities for.
    const season = await payload.create({ collection: 'reward-seasons', data: { name: 'Re-score test', slug, startsAt: '2024-01-01T00:00:00.000Z', endsAt: '2025-01-01T00:00:00.000Z', _status: 'published' }, overrideAccess: true })
    seasonId = season.id
    const rule = await payload.create({
      collection: 'reward-rules',
      data: { name: 'Re-score trades', season: season.id, activityType: 'trade', basePoints: '1', pointsPerUnit: '1', _status: 'published' },
      overrideAccess: true,
    })
    ruleId = rule.id
    post = poster(testRewards(payload, redis), (await createApiKey(payload, 'rescore test')).key)
    // 25 trades over five days of March and five of September, alternating wallets.
    const activities = Array.from({ length: 25 }, (_, i) => ({
      type: 'trade',
      wallet: wallets[i % 2]!,
      occurredAt: `2024-${i < 15 ? '03' : '09'}-0${1 + (i % 5)}T10:00:00Z`,
      amount: String(i),
    }))
    expect((await post({ activities })).status).toBe(201)
  })

  afterAll(async () => {
    redis.disconnect()
    await closePayload(payload)
  })

  const scoringNow = async () => scoringFrom(await buildSnapshot(payload, { draft: false }))
  const ledger = async () =>
    (
      await payload.db.pool.query<{ activity_id: string; wallet: string; points: string; rule_version: string; daily_cap: string | null }>(
        'select activity_id, wallet, points::text as points, rule_version, daily_cap::text as daily_cap from reward_ledger where season_id = $1 order by activity_id',
        [seasonId],
      )
    ).rows
  const board = async () => (await leaderboardPage(testRewards(payload, redis), { season: slug, limit: 10 })).entries.map((entry) => [entry.wallet, entry.points])

  it('re-scores under new rules in resumable batches, and the leaderboard follows, down as well', async () => {
    // Under the first rules: 1 + i per trade, no cap. Wallet 0 has the even i (0..24): 13 + 156 = 169; wallet 1: 12 + 144 = 156.
    expect(await board()).toEqual([
      [wallets[0], '169'],
      [wallets[1], '156'],
    ])
    const before = await ledger()
    const updated = await payload.update({ collection: 'reward-rules', id: ruleId, data: { basePoints: '0.5', pointsPerUnit: '0', dailyCap: '0.5', _status: 'published' }, overrideAccess: true })
    const scoring = await scoringNow()

    const partial = await rescoreSeason(payload.db.pool, scoring, seasonId, { batchSize: 10, maxBatches: 1 })
    expect(partial).toMatchObject({ status: 'running', processed: 10 })
    const finished = await rescoreSeason(payload.db.pool, scoring, seasonId, { batchSize: 10 })
    expect(finished).toMatchObject({ status: 'done', processed: 25 })

    const after = await ledger()
    expect(after.map((row) => row.activity_id)).toEqual(before.map((row) => row.activity_id))
    expect(new Set(after.map((row) => `${row.points}|${row.daily_cap}|${row.rule_version}`))).toEqual(new Set([`0.5|0.5|${updated.updatedAt}`]))
    // Now 0.5 a trade, capped at 0.5 per wallet and day: a wallet earns 0.5 for each day it traded on.
    const days = (index: number) => new Set(Array.from({ length: 25 }, (_, i) => i).filter((i) => i % 2 === index).map((i) => `${i < 15 ? 3 : 9}-${i % 5}`)).size
    expect(await board()).toEqual(
      [
        [wallets[0], String(days(0) * 0.5)],
        [wallets[1], String(days(1) * 0.5)],
      ].sort((a, b) => Number(b[1]) - Number(a[1]) || (a[0]! < b[0]! ? -1 : 1)),
    )

    // Again: the same ledger, rows untouched.
    await rescoreSeason(payload.db.pool, scoring, seasonId, { batchSize: 7 })
    expect(await ledger()).toEqual(after)
  })

  it('drops entries of activities a shorter season no longer covers', async () => {
    await payload.update({ collection: 'reward-seasons', id: seasonId, data: { endsAt: '2024-06-01T00:00:00.000Z', _status: 'published' }, overrideAccess: true })
    const status = await rescoreSeason(payload.db.pool, await scoringNow(), seasonId)
    expect(status.status).toBe('done')
    expect((await ledger()).length).toBe(15)
  })

  it('runs as a queued Payload job', async () => {
    await payload.update({ collection: 'reward-rules', id: ruleId, data: { basePoints: '3', _status: 'published' }, overrideAccess: true })
    await payload.jobs.queue({ task: RESCORE_TASK as never, input: { seasonId } as never })
    await payload.jobs.run()
    expect(await rescoreStatus(payload.db.pool, seasonId)).toMatchObject({ status: 'done', processed: 15 })
    // Ledger entries hold points before the daily cap.
    expect(new Set((await ledger()).map((row) => row.points))).toEqual(new Set(['3']))
  })
})
