// The development seed gives the leaderboard and wallet pages real-looking data, once. On a database of its own,
// as on a fresh `npm run dev`: the seed's content would collide with documents other test files create.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createDatabase, dropDatabase } from '../../support/services'

// Imported once DATABASE_URL names this file's database: they load the Payload config, which reads it.
let leaderboardPage: typeof import('@/loaders/rewards').leaderboardPage
let walletPage: typeof import('@/loaders/rewards').walletPage
let seedDemoContent: typeof import('@/seed/demoContent').seedDemoContent
let demo: typeof import('@/seed/demoRewards')
let testRewards: typeof import('../../support/rewards').testRewards

const adminUrl = process.env.TEST_PG_ADMIN_URL!
const database = `${process.env.TEST_RUN_ID}_seed`

describe('demo rewards seed', () => {
  let payload: Payload
  let closePayload: (payload: Payload) => Promise<void>

  beforeAll(async () => {
    process.env.DATABASE_URL = await createDatabase(adminUrl, database)
    const { resetEnvCache } = await import('@/config/env')
    resetEnvCache()
    ;({ leaderboardPage, walletPage } = await import('@/loaders/rewards'))
    ;({ seedDemoContent } = await import('@/seed/demoContent'))
    demo = await import('@/seed/demoRewards')
    ;({ testRewards } = await import('../../support/rewards'))
    const support = await import('../../support/payload')
    closePayload = support.closePayload
    payload = await support.testPayload('seed')
  })

  afterAll(async () => {
    await closePayload(payload)
    await dropDatabase(adminUrl, database)
  })

  it('creates 50 users with linked wallets and a few hundred scored activities, and nothing on a second run', async () => {
    await seedDemoContent(payload)
    const again = await seedDemoContent(payload)
    expect(again.created).toEqual({})

    const { totalDocs: users } = await payload.count({ collection: 'app-users', where: { handle: { in: demo.DEMO_HANDLES } }, overrideAccess: true })
    expect(users).toBe(50)
    const { docs: seasons } = await payload.find({ collection: 'reward-seasons', where: { slug: { equals: 'season-1' } }, overrideAccess: true })
    const { rows } = await payload.db.pool.query<{ activities: string; scored: string }>(
      `select count(a.id) as activities, count(a.id) filter (where exists (select 1 from reward_ledger l where l.activity_id = a.id and l.season_id = $1)) as scored
         from reward_requests r join reward_activities a on a.request_id = r.id
        where r.api_key_id = 0 and r.idempotency_key like 'demo-rewards-%'`,
      [seasons[0]!.id],
    )
    expect(Number(rows[0]!.activities)).toBe(demo.demoActivities().length)
    expect(Number(rows[0]!.activities)).toBeGreaterThan(300)
    expect(Number(rows[0]!.scored)).toBe(Number(rows[0]!.activities))

    const services = testRewards(payload, null)
    const page = await leaderboardPage(services, { limit: 50 })
    expect(page.season.slug).toBe('season-1')
    expect(page.entries).toHaveLength(50)
    expect(page.entries.filter((entry) => entry.displayName).length).toBeGreaterThan(40)
    const top = page.entries[0]!
    const summary = await walletPage(services, top.wallet, {})
    expect(summary).toMatchObject({ type: top.handle ? 'eoa' : null, points: top.points, rank: 1 })
    expect(summary.breakdown.length).toBeGreaterThan(1)
  })

  it('scores the recorded activities again for a season deleted and created anew', async () => {
    await payload.delete({ collection: 'reward-seasons', where: { slug: { equals: 'season-1' } }, overrideAccess: true })
    await seedDemoContent(payload)
    const page = await leaderboardPage(testRewards(payload, null), { season: 'season-1', limit: 50 })
    expect(page.entries).toHaveLength(50)
  })
})
