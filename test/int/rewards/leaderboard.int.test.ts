// Leaderboards: a constant number of round trips per page, rebuilt from Postgres when Redis lost them or they are
// stale, always equal to a naive recomputation from the ledger, and wallets attributed once linked.
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { leaderboardPage, walletPage } from '@/loaders/rewards'
import { createRedis } from '@/redis/connect'
import { bumpGeneration } from '@/rewards/db'
import type { Rewards } from '@/rewards/service'
import { seasonStandings } from '@/rewards/standings'
import { leaderboardPageSchema, walletSummarySchema } from '@/rewards/views'
import { resolveWallets } from '@/rewards/wallets'

import { closePayload, testPayload } from '../../support/payload'
import { countQueries } from '../../support/queryCount'
import { countRedis } from '../../support/redisCount'
import { createApiKey, ensureRewardsSeason, poster, randomWallet, TEST_SEASON, testRewards } from '../../support/rewards'

describe('leaderboards', () => {
  let payload: Payload
  const redis = createRedis(process.env.REDIS_URL!, 'rewards-leaderboard-test')
  let services: Rewards
  let post: ReturnType<typeof poster>
  let seasonId: number

  beforeAll(async () => {
    payload = await testPayload()
    seasonId = (await ensureRewardsSeason(payload)).id
    services = testRewards(payload, redis)
    post = poster(services, (await createApiKey(payload, 'leaderboard test')).key)
  })

  afterAll(async () => {
    redis.disconnect()
    await closePayload(payload)
  })

  const activity = (wallet: string, amount: string, type = 'trade', occurredAt = '2026-11-03T12:00:00Z') => ({ type, wallet, occurredAt, amount })

  /** The whole season from the API, page by page. */
  async function fullBoard(rewards: Rewards = services): Promise<[number, string, string][]> {
    const rows: [number, string, string][] = []
    let cursor: string | undefined
    do {
      const page = leaderboardPageSchema.parse(await leaderboardPage(rewards, { season: TEST_SEASON, limit: 100, cursor }))
      rows.push(...page.entries.map((entry): [number, string, string] => [entry.rank, entry.wallet, entry.points]))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    return rows
  }

  /** The naive recomputation: every ledger row of the season, attributed and capped in TypeScript. */
  async function naiveBoard(): Promise<[number, string, string][]> {
    const { rows } = await payload.db.pool.query<{ season_id: number; wallet: string; activity_type: string; day: string; rule_id: number; rule_version: string; points: string; daily_cap: string | null }>(
      'select season_id, wallet, activity_type, day::text as day, rule_id, rule_version, points::text as points, daily_cap::text as daily_cap from reward_ledger where season_id = $1',
      [seasonId],
    )
    const resolved = await resolveWallets(payload.db.pool, rows.map((row) => row.wallet))
    const entries = rows.map((row) => ({ seasonId: row.season_id, wallet: row.wallet, activityType: row.activity_type, day: row.day, ruleId: row.rule_id, ruleVersion: row.rule_version, points: row.points, dailyCap: row.daily_cap }))
    return seasonStandings(entries, seasonId, (wallet) => resolved.get(wallet)!.holder).map((row, index) => [index + 1, row.holder, row.points.toFixed()])
  }

  async function upsertWallet(address: string, data: { type: 'proxy' | 'eoa'; eoa: number | null }): Promise<{ id: number }> {
    const { docs } = await payload.find({ collection: 'wallets', where: { address: { equals: address } }, depth: 0, overrideAccess: true })
    if (docs[0]) return payload.update({ collection: 'wallets', id: docs[0].id, data, depth: 0, overrideAccess: true })
    return payload.create({ collection: 'wallets', data: { address, ...data }, depth: 0, overrideAccess: true })
  }

  it('reads a page of 1 and of 50 with the same round trips: one Redis script, one Postgres query', async () => {
    const wallets = Array.from({ length: 60 }, () => randomWallet())
    expect((await post({ activities: wallets.map((wallet, i) => activity(wallet, String(i))) })).status).toBe(201)
    await leaderboardPage(services, { season: TEST_SEASON, limit: 50 }) // warm: built once
    const cost = async (limit: number) => {
      const { result, queries } = await countQueries(payload, () => countRedis(redis, () => leaderboardPage(services, { season: TEST_SEASON, limit })))
      return { rows: result.result.entries.length, redis: result.commands, queries }
    }
    const one = await cost(1)
    const fifty = await cost(50)
    console.log(`leaderboard page: 1 row → ${one.redis.length} Redis round trip(s) ${JSON.stringify(one.redis)}, ${one.queries} query; 50 rows → ${fifty.redis.length}, ${fifty.queries}`)
    expect([one.rows, fifty.rows]).toEqual([1, 50])
    expect(one.redis).toEqual(['eval'])
    expect(fifty.redis).toEqual(['eval'])
    expect([one.queries, fifty.queries]).toEqual([1, 1])
  })

  it('equals a naive recomputation from the ledger after any ingestions, Redis losses and link changes', async () => {
    const pool = Array.from({ length: 6 }, () => randomWallet())
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('ingest' as const),
        activities: fc.array(
          fc.record({
            wallet: fc.constantFrom(...pool),
            type: fc.constantFrom('trade', 'deposit', 'streak', 'referral'),
            amount: fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 999 })).map(([int, frac]) => `${int}.${String(frac).padStart(3, '0')}`),
            day: fc.integer({ min: 1, max: 3 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
      }),
      fc.record({ kind: fc.constant('link' as const), proxy: fc.integer({ min: 0, max: 5 }), eoa: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('unlink' as const), proxy: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('lose-redis' as const) }),
      fc.record({ kind: fc.constant('stale' as const) }),
      fc.record({ kind: fc.constant('read' as const) }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const s of steps) {
          if (s.kind === 'ingest') {
            const activities = s.activities.map((a) => activity(a.wallet, a.amount, a.type, `2026-10-0${a.day}T0${a.day}:00:00Z`))
            expect((await post({ activities })).status).toBe(201)
          } else if (s.kind === 'link' && s.proxy !== s.eoa) {
            const eoa = await upsertWallet(pool[s.eoa]!, { type: 'eoa', eoa: null })
            await upsertWallet(pool[s.proxy]!, { type: 'proxy', eoa: eoa.id })
          } else if (s.kind === 'unlink') await upsertWallet(pool[s.proxy]!, { type: 'proxy', eoa: null })
          else if (s.kind === 'lose-redis') await services.leaderboards.store!.drop(seasonId)
          else if (s.kind === 'stale') await bumpGeneration(payload.db.pool)
          else await fullBoard()
        }
        const expected = await naiveBoard()
        expect(await fullBoard()).toEqual(expected)
        // Ranked in SQL, without Redis, the same.
        expect(await fullBoard(testRewards(payload, null))).toEqual(expected)
      }),
      { numRuns: 20 },
    )
  })

  it('stays exact under concurrent ingestions, rebuilds and lost boards on two replicas', async () => {
    const replicas = [services, testRewards(payload, redis, services.leaderboards.store!.keyPrefix)]
    const key = (await createApiKey(payload, 'concurrency')).key
    const senders = replicas.map((replica) => poster(replica, key))
    const wallets = Array.from({ length: 4 }, () => randomWallet())
    const work: Promise<unknown>[] = []
    for (let i = 0; i < 60; i++) {
      work.push(senders[i % 2]!({ activities: [activity(wallets[i % 4]!, `${i}.5`, i % 3 ? 'trade' : 'deposit', `2026-10-1${i % 3}T10:00:00Z`)] }))
      if (i % 10 === 0) work.push(replicas[(i / 10) % 2]!.leaderboards.store!.drop(seasonId).then(() => leaderboardPage(replicas[1]!, { season: TEST_SEASON, limit: 10 })))
      if (i % 15 === 0) work.push(bumpGeneration(payload.db.pool).then(() => leaderboardPage(replicas[0]!, { season: TEST_SEASON, limit: 10 })))
    }
    await Promise.all(work)
    const expected = await naiveBoard()
    expect(await fullBoard(replicas[0])).toEqual(expected)
    expect(await fullBoard(replicas[1])).toEqual(expected)
  })

  it('rebuilds from Postgres when Redis lost the board, then serves from Redis again', async () => {
    await fullBoard()
    await services.leaderboards.store!.drop(seasonId)
    const before = services.leaderboards.rebuilds
    expect(await fullBoard()).toEqual(await naiveBoard())
    expect(services.leaderboards.rebuilds).toBe(before + 1)
    await fullBoard()
    expect(services.leaderboards.rebuilds).toBe(before + 1)
  })

  it('keeps ranking in Postgres while Redis is down', async () => {
    const broken = createRedis('redis://127.0.0.1:1', 'rewards-down-test')
    try {
      expect(await fullBoard(testRewards(payload, broken))).toEqual(await naiveBoard())
    } finally {
      broken.disconnect()
    }
  })

  it('attributes an unknown proxy’s points to its EOA and owner once the wallets are linked', async () => {
    const [proxy, eoa] = [randomWallet(), randomWallet()]
    await post({ activities: [activity(proxy, '100000'), activity(eoa, '5', 'deposit')] })
    await fullBoard()
    expect((await naiveBoard()).some(([, holder]) => holder === proxy)).toBe(true)

    const user = await payload.create({ collection: 'app-users', data: { handle: `whale_${Date.now().toString(36)}`, displayName: 'The Whale' }, overrideAccess: true })
    const eoaDoc = await payload.create({ collection: 'wallets', data: { address: eoa, type: 'eoa', owner: user.id }, overrideAccess: true })
    await payload.create({ collection: 'wallets', data: { address: proxy, type: 'proxy', eoa: eoaDoc.id, owner: user.id }, overrideAccess: true })

    const board = await fullBoard()
    expect(board).toEqual(await naiveBoard())
    expect(board.some(([, holder]) => holder === proxy)).toBe(false)
    const page = await leaderboardPage(services, { season: TEST_SEASON, limit: 100 })
    const top = page.entries.find((entry) => entry.wallet === eoa)!
    // A trade of 1 + 0.1 × 100000 capped at 500 a day, plus a deposit of 5 + 0.01 × 5.
    expect(top).toMatchObject({ displayName: 'The Whale', handle: user.handle, points: '505.05' })

    const summary = walletSummarySchema.parse(await walletPage(services, proxy, { season: TEST_SEASON }))
    expect(summary).toMatchObject({ address: proxy, type: 'proxy', holder: eoa, owner: { displayName: 'The Whale' }, points: '505.05', rank: top.rank })
    expect(summary.breakdown).toEqual([
      { type: 'deposit', points: '5.05', activities: 1 },
      { type: 'trade', points: '500', activities: 1 },
    ])
    expect(summary.wallets).toEqual([eoa, proxy].sort())
  })

  it('summarises a wallet nobody reported as zero, unranked', async () => {
    const summary = walletSummarySchema.parse(await walletPage(services, randomWallet(), {}))
    expect(summary).toMatchObject({ type: null, owner: null, points: '0', rank: null, breakdown: [] })
  })

  it('refuses a cursor from another season', async () => {
    const page = await leaderboardPage(services, { season: TEST_SEASON, limit: 1 })
    const other = { ...services, snapshot: async () => ({ ...(await services.snapshot()), seasons: { ...(await services.snapshot()).seasons, 'season-2': { id: 999, slug: 'season-2', name: 'S2', startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z' } } }) }
    await expect(leaderboardPage(other, { season: 'season-2', limit: 1, cursor: page.nextCursor! })).rejects.toMatchObject({ kind: 'BadRequest' })
    await expect(leaderboardPage(services, { season: 'no-such-season', limit: 1 })).rejects.toMatchObject({ kind: 'NotFound' })
  })
})
