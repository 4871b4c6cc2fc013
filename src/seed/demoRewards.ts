/**
 * Demo rewards data for development: 50 app users, each with an EOA and a proxy wallet linked to it, a few
 * wallets nobody linked, and a few hundred activities in season 1 recorded through the ingestion service (so they
 * are scored by the published rules like any other). Deterministic and idempotent: the same users, addresses and
 * requests every time, and a request already recorded is a replay.
 */
import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { buildSnapshot } from '../content/load'
import type { ActivityInput } from '../rewards/activityInput'
import type { ActivityType } from '../rewards/activityTypes'
import { bumpGeneration } from '../rewards/db'
import { ingestActivities } from '../rewards/ingest'
import { Leaderboards } from '../rewards/leaderboard'
import { rescoreSeason } from '../rewards/rescore'
import { scoringFrom } from '../rewards/scoring'

/** Seed requests are recorded under API key id 0: no real key has it (ids start at 1). */
const SEED_API_KEY_ID = 0
const BATCH = 100

const FIRST = ['messi', 'satoshi', 'hoops', 'gridiron', 'tennis', 'octagon', 'whale', 'degen', 'lucky', 'sharp', 'chalk', 'value', 'late', 'early', 'parlay', 'underdog', 'moon', 'steady', 'golden', 'clutch', 'rookie', 'veteran', 'night', 'prime', 'quiet']
const SECOND = ['fan', 'watcher']
export const DEMO_HANDLES = ['messi_fan', 'satoshi', 'hoops_guru', 'gridiron_greg', 'tennis_ace', 'octagon_oracle', 'whale_watcher', 'degen_dave', ...FIRST.flatMap((first) => SECOND.map((second) => `${first}_${second}`))]
  .filter((handle, index, all) => all.indexOf(handle) === index)
  .slice(0, 50)

const address = (seed: string): string => `0x${createHash('sha256').update(`playbook-demo:${seed}`).digest('hex').slice(0, 40)}`

/** A small deterministic generator (LCG): the same activities on every run. */
function random(seed: number): () => number {
  let state = seed
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
}

const displayName = (handle: string) => handle.split('_').map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ')

export function demoActivities(): ActivityInput[] {
  const next = random(7)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const unlinked = Array.from({ length: 5 }, (_, i) => address(`unlinked-${i}`))
  const from = Date.parse('2026-10-01T00:00:00.000Z')
  const span = Date.parse('2026-11-20T00:00:00.000Z') - from
  const activities: ActivityInput[] = []
  for (const [index, handle] of DEMO_HANDLES.entries()) {
    // A long tail: a few very active users, most with a handful of activities.
    const count = 2 + Math.floor(14 * next() ** 2) + (index < 5 ? 10 : 0)
    for (let i = 0; i < count; i++) activities.push(activity(next() < 0.8 ? address(`${handle}:proxy`) : address(`${handle}:eoa`)))
  }
  for (const wallet of unlinked) for (let i = 0; i < 3; i++) activities.push(activity(wallet))
  return activities

  function activity(wallet: string): ActivityInput {
    const type = pick<ActivityType>(['trade', 'trade', 'trade', 'deposit', 'prediction_won', 'prediction_won', 'streak', 'referral'])
    const amount = type === 'referral' ? null : type === 'streak' ? String(1 + Math.floor(next() * 20)) : (next() * 2_000).toFixed(2)
    return { type, wallet, occurredAt: new Date(from + Math.floor(next() * span / 60_000) * 60_000).toISOString(), amount, ref: `demo-${activities.length}` }
  }
}

export async function seedDemoRewards(payload: Payload, count: (slug: string) => void): Promise<void> {
  const base = { overrideAccess: true, depth: 0 } as const
  const { docs: users } = await payload.find({ collection: 'app-users', where: { handle: { in: DEMO_HANDLES } }, pagination: false, select: { handle: true }, ...base })
  const userIds = new Map(users.map((user) => [user.handle, user.id]))
  for (const handle of DEMO_HANDLES) {
    if (userIds.has(handle)) continue
    const user = await payload.create({ collection: 'app-users', data: { handle, displayName: displayName(handle) }, ...base })
    userIds.set(handle, user.id)
    count('app-users')
  }

  const addresses = DEMO_HANDLES.flatMap((handle) => [address(`${handle}:eoa`), address(`${handle}:proxy`)])
  const { docs: wallets } = await payload.find({ collection: 'wallets', where: { address: { in: addresses } }, pagination: false, select: { address: true }, ...base })
  const walletIds = new Map(wallets.map((wallet) => [wallet.address, wallet.id]))
  for (const handle of DEMO_HANDLES) {
    const owner = userIds.get(handle)!
    const eoa = address(`${handle}:eoa`)
    if (!walletIds.has(eoa)) {
      walletIds.set(eoa, (await payload.create({ collection: 'wallets', data: { address: eoa, type: 'eoa', owner }, ...base })).id)
      count('wallets')
    }
    const proxy = address(`${handle}:proxy`)
    if (!walletIds.has(proxy)) {
      walletIds.set(proxy, (await payload.create({ collection: 'wallets', data: { address: proxy, type: 'proxy', owner, eoa: walletIds.get(eoa)! }, ...base })).id)
      count('wallets')
    }
  }

  const db = payload.db.pool
  const snapshot = await buildSnapshot(payload, { draft: false })
  const scoring = scoringFrom(snapshot)
  const deps = { db: async () => db, scoring: async () => scoring, fastPath: null, leaderboards: new Leaderboards(async () => db, null) }
  const activities = demoActivities()
  let recorded = 0
  for (let start = 0; start < activities.length; start += BATCH) {
    const batch = activities.slice(start, start + BATCH)
    const result = await ingestActivities(deps, SEED_API_KEY_ID, `demo-rewards-${start / BATCH}`, { form: 'batch', activities: batch })
    if (result.status === 201) recorded += batch.length
  }
  if (recorded > 0) {
    for (let i = 0; i < recorded; i++) count('reward-activities')
    // Written without Redis: boards a running replica already built must rebuild.
    await bumpGeneration(db)
  }
  // A season deleted and created again (a fresh id) finds the recorded activities unscored: score them.
  for (const season of scoring.seasons) {
    const { rows } = await db.query<{ unscored: boolean }>(
      `select exists (select 1 from reward_activities where occurred_at >= $2 and occurred_at < $3)
              and not exists (select 1 from reward_ledger where season_id = $1) as unscored`,
      [season.id, season.startsAt, season.endsAt],
    )
    if (rows[0]?.unscored) await rescoreSeason(db, scoring, season.id)
  }
}
