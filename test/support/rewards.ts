/** Rewards services over a test Payload instance and Redis, and helpers to call the endpoints' logic. */
import { randomBytes } from 'node:crypto'

import type { Redis } from 'ioredis'
import type { Payload } from 'payload'

import { postActivities } from '../../src/api/v1/ingest'
import { ContentSnapshots } from '../../src/content/snapshots'
import { route } from '../../src/http/handler'
import { RateLimiter } from '../../src/http/rateLimit'
import { createRewards, type Rewards } from '../../src/rewards/service'

export function testRewards(payload: Payload, redis: Redis | null, prefix = `pb:test:${process.pid}:${randomBytes(4).toString('hex')}:`): Rewards {
  const snapshots = new ContentSnapshots(async () => payload)
  return createRewards({ db: async () => payload.db.pool, redis, prefix, snapshot: () => snapshots.publishedSnapshot() })
}

/** Creates an API key the way an admin does; returns the plain key (shown once) and its id. */
export async function createApiKey(payload: Payload, name = 'test service'): Promise<{ id: number; key: string }> {
  const doc = (await payload.create({ collection: 'api-keys', data: { name }, overrideAccess: true })) as unknown as { id: number; key: string }
  return { id: doc.id, key: doc.key }
}

export const TEST_SEASON = 'rewards-int'

/**
 * A published season of the tests' own, with the demo seed's rules, created once per database. Tests do not run
 * the demo seed: its content would collide with documents other test files create.
 */
export async function ensureRewardsSeason(payload: Payload): Promise<{ id: number; slug: string }> {
  const base = { overrideAccess: true, depth: 0, draft: false } as const
  const { docs } = await payload.find({ collection: 'reward-seasons', where: { slug: { equals: TEST_SEASON } }, limit: 1, ...base })
  if (docs[0]) return { id: docs[0].id, slug: TEST_SEASON }
  const season = await payload.create({ collection: 'reward-seasons', data: { name: 'Rewards tests', slug: TEST_SEASON, startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z', _status: 'published' }, ...base })
  const rules = [
    { name: 'Trading volume', activityType: 'trade', basePoints: '1', pointsPerUnit: '0.1', dailyCap: '500' },
    { name: 'Deposits', activityType: 'deposit', basePoints: '5', pointsPerUnit: '0.01', dailyCap: '100' },
    { name: 'Referrals', activityType: 'referral', basePoints: '50', pointsPerUnit: '0' },
    { name: 'Predictions won', activityType: 'prediction_won', basePoints: '10', pointsPerUnit: '0.05' },
    { name: 'Daily streak', activityType: 'streak', basePoints: '2', pointsPerUnit: '1', dailyCap: '30' },
  ] as const
  for (const rule of rules) await payload.create({ collection: 'reward-rules', data: { ...rule, season: season.id, _status: 'published' }, ...base })
  return { id: season.id, slug: TEST_SEASON }
}

export const randomWallet = (): string => `0x${randomBytes(20).toString('hex')}`

export interface PostOptions {
  key?: string | null
  idempotencyKey?: string | null
  contentType?: string
  raw?: string
}

/** POSTs through the route's error boundary, as the app does. */
export function poster(services: Rewards, defaultKey: string, limits = new RateLimiter(null, `test:${randomBytes(4).toString('hex')}:`)) {
  const handler = route((request: Request) => postActivities(request, services, limits))
  return async (body: unknown, options: PostOptions = {}): Promise<{ status: number; text: string; json: unknown; headers: Headers }> => {
    const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/json' }
    const key = options.key === undefined ? defaultKey : options.key
    if (key !== null) headers.authorization = `Bearer ${key}`
    const idempotencyKey = options.idempotencyKey === undefined ? randomBytes(8).toString('hex') : options.idempotencyKey
    if (idempotencyKey !== null) headers['idempotency-key'] = idempotencyKey
    const response = await handler(new Request('http://test/api/v1/rewards/activities', { method: 'POST', headers, body: options.raw ?? JSON.stringify(body) }), undefined)
    const text = await response.text()
    return { status: response.status, text, json: JSON.parse(text) as unknown, headers: response.headers }
  }
}

export async function countRows(payload: Payload): Promise<{ requests: number; activities: number; ledger: number }> {
  const { rows } = await payload.db.pool.query<{ requests: string; activities: string; ledger: string }>(
    'select (select count(*) from reward_requests) as requests, (select count(*) from reward_activities) as activities, (select count(*) from reward_ledger) as ledger',
  )
  return { requests: Number(rows[0]!.requests), activities: Number(rows[0]!.activities), ledger: Number(rows[0]!.ledger) }
}
