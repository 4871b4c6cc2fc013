// Ingestion against real Postgres and Redis: exactly once under concurrency, replays, conflicts, and bad input
// refused with nothing written.
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INGEST_KEY_LIMIT } from '@/api/v1/limits'
import { RateLimiter } from '@/http/rateLimit'
import { createRedis } from '@/redis/connect'
import { ingestResultSchema } from '@/rewards/views'

import { closePayload, testPayload } from '../../support/payload'
import { countRows, createApiKey, ensureRewardsSeason, poster, randomWallet, TEST_SEASON, testRewards } from '../../support/rewards'

describe('rewards ingestion', () => {
  let payload: Payload
  const redis = createRedis(process.env.REDIS_URL!, 'rewards-ingest-test')
  let apiKey: { id: number; key: string }
  let post: ReturnType<typeof poster>
  let seasonsCovering: number

  beforeAll(async () => {
    payload = await testPayload()
    await ensureRewardsSeason(payload)
    apiKey = await createApiKey(payload)
    post = poster(testRewards(payload, redis), apiKey.key)
    // Other files may have published seasons covering the same days: an activity gets an entry in each.
    seasonsCovering = ((await post(trade())).json as { activity: { scores: unknown[] } }).activity.scores.length
  })

  afterAll(async () => {
    redis.disconnect()
    await closePayload(payload)
  })

  const trade = (wallet = randomWallet(), amount = '12.5') => ({ type: 'trade', wallet, occurredAt: '2026-11-02T10:00:00Z', amount, ref: 'trade-1' })

  it('records and scores one activity, and shows the API key only on create', async () => {
    expect(apiKey.key).toMatch(/^pbk_/)
    const { docs } = await payload.find({ collection: 'api-keys', where: { id: { equals: apiKey.id } }, overrideAccess: true })
    expect(docs[0]!.key).toBeUndefined()
    expect(JSON.stringify(docs[0])).not.toContain(apiKey.key)

    const wallet = randomWallet()
    const response = await post(trade(wallet.toUpperCase().replace('0X', '0x')))
    expect(response.status).toBe(201)
    const body = ingestResultSchema.parse(response.json) as { activity: { wallet: string; scores: { season: string; points: string; rule: { version: string } }[] } }
    expect(body.activity.wallet).toBe(wallet)
    // 1 + 0.1 × 12.5
    const score = body.activity.scores.find((entry) => entry.season === TEST_SEASON)
    expect(score).toMatchObject({ points: '2.25', multiplier: '1', dailyCap: '500' })
    expect(score!.rule.version).toMatch(/^\d{4}-/)
  })

  it('turns 100 parallel identical requests into one entry and 100 identical answers', async () => {
    const before = await countRows(payload)
    const body = { activities: [trade(), trade(randomWallet(), '0.000000000000000001')] }
    const responses = await Promise.all(Array.from({ length: 100 }, () => post(body, { idempotencyKey: 'parallel-1' })))
    expect(new Set(responses.map((response) => response.text)).size).toBe(1)
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1)
    expect(responses.filter((response) => response.status === 200)).toHaveLength(99)
    const after = await countRows(payload)
    expect([after.requests - before.requests, after.activities - before.activities]).toEqual([1, 2])
    expect(after.ledger - before.ledger).toBe(2 * seasonsCovering)
  })

  it('does the same with Postgres alone (no Redis)', async () => {
    const postgresOnly = poster(testRewards(payload, null), apiKey.key)
    const before = await countRows(payload)
    const body = trade()
    const responses = await Promise.all(Array.from({ length: 50 }, () => postgresOnly(body, { idempotencyKey: 'parallel-pg' })))
    expect(new Set(responses.map((response) => response.text)).size).toBe(1)
    expect(responses.map((response) => response.status).sort((a, b) => a - b)).toEqual([...Array(49).fill(200), 201])
    const after = await countRows(payload)
    expect([after.requests - before.requests, after.activities - before.activities, after.ledger - before.ledger]).toEqual([1, 1, seasonsCovering])
  })

  it('keeps no answer in Redis: the body hash and the request row for minutes, the answer in Postgres', async () => {
    const prefix = `pb:test:${process.pid}:idem-shape:`
    const shaped = poster(testRewards(payload, redis, prefix), apiKey.key)
    const first = await shaped(trade(), { idempotencyKey: 'shape-1' })
    expect(first.status).toBe(201)
    const key = `${prefix}idem:${apiKey.id}:shape-1`
    const stored = (await redis.get(key))!
    expect(stored).toMatch(/^d:[\w-]+:\d+$/)
    expect(stored).not.toContain('wallet')
    expect(await redis.ttl(key)).toBeLessThanOrEqual(600)
    const again = await shaped(trade(), { idempotencyKey: 'shape-1' })
    expect(again.status).toBe(409)
  })

  it('replays the original answer for the same key and body, also after Redis lost it', async () => {
    const body = trade()
    const first = await post(body, { idempotencyKey: 'replay-1' })
    await redis.flushdb()
    const again = await post({ ...body, wallet: body.wallet.toUpperCase().replace('0X', '0x') }, { idempotencyKey: 'replay-1' })
    expect([first.status, again.status]).toEqual([201, 200])
    expect(again.text).toBe(first.text)
  })

  it('answers 409 for the same key with another body, and writes nothing', async () => {
    await post(trade(), { idempotencyKey: 'conflict-1' })
    const before = await countRows(payload)
    const response = await post(trade(randomWallet(), '13'), { idempotencyKey: 'conflict-1' })
    expect(response.status).toBe(409)
    expect(response.json).toMatchObject({ code: 'rewards.idempotency_key_reused', status: 409 })
    expect(await countRows(payload)).toEqual(before)
    // The same through Postgres alone (Redis forgot the key).
    await redis.flushdb()
    expect((await post(trade(randomWallet(), '13'), { idempotencyKey: 'conflict-1' })).status).toBe(409)
  })

  it('keeps keys of different API keys apart', async () => {
    const other = await createApiKey(payload, 'other service')
    const body = trade()
    const mine = await post(body, { idempotencyKey: 'shared-key' })
    const theirs = await post(trade(), { idempotencyKey: 'shared-key', key: other.key })
    expect([mine.status, theirs.status]).toEqual([201, 201])
  })

  it(`limits each API key to ${INGEST_KEY_LIMIT.limit} requests a window, whatever address they come from`, async () => {
    const flooding = await createApiKey(payload, 'flooding service')
    const other = await createApiKey(payload, 'quiet service')
    const limits = new RateLimiter(redis, `pb:test:${process.pid}:key-limit:${Date.now()}:`)
    const floodPost = poster(testRewards(payload, redis), flooding.key, limits)
    // Invalid bodies: counted, then refused (422) without a write; batches of 50 as one caller would send them.
    const statuses: number[] = []
    while (statuses.length <= 2 * INGEST_KEY_LIMIT.limit && !statuses.includes(429)) {
      statuses.push(...(await Promise.all(Array.from({ length: 50 }, () => floodPost({}, { idempotencyKey: randomWallet() })))).map((r) => r.status))
    }
    const first = statuses.indexOf(429)
    expect(first).toBeGreaterThanOrEqual(INGEST_KEY_LIMIT.limit - 49)
    expect(new Set(statuses.slice(0, first))).toEqual(new Set([422]))
    // Another key on the same limiter is not affected.
    expect((await poster(testRewards(payload, redis), other.key, limits)(trade())).status).toBe(201)
  })

  it('records activities no season or rule covers, unscored', async () => {
    const response = await post({ type: 'trade', wallet: randomWallet(), occurredAt: '2025-06-01T00:00:00Z' })
    expect(response.status).toBe(201)
    expect((response.json as { activity: { scores: unknown[] } }).activity.scores).toEqual([])
  })

  it('answers 503 with Retry-After, promptly, when Postgres cannot be reached', async () => {
    const unreachable = testRewards(payload, redis)
    const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 1_000 })
    unreachable.db = async () => pool as never
    unreachable.apiKeys = { verify: async () => apiKey.id } as never
    const started = Date.now()
    const response = await poster(unreachable, apiKey.key)(trade(), { idempotencyKey: 'pg-down' })
    expect(response.status).toBe(503)
    expect(response.json).toMatchObject({ code: 'db.unavailable' })
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Date.now() - started).toBeLessThan(5_000)
    await pool.end()
  })

  it('releases the Redis claim when the write fails, so a retry goes through', async () => {
    const failing = testRewards(payload, redis)
    const realDb = failing.db
    failing.db = async () => ({ query: async () => Promise.reject(new Error('connection lost')) }) as never
    const failingPost = poster(failing, apiKey.key)
    const body = trade()
    expect((await failingPost(body, { idempotencyKey: 'fails-once' })).status).toBe(500)
    failing.db = realDb
    expect((await failingPost(body, { idempotencyKey: 'fails-once' })).status).toBe(201)
  })

  describe('refuses bad input with problem+json and writes nothing', () => {
    const cases: [string, number, string, () => Promise<{ status: number; json: unknown }>][] = [
      ['no API key', 401, 'rewards.api_key_missing', () => post(trade(), { key: null })],
      ['an unknown API key', 401, 'rewards.api_key_invalid', () => post(trade(), { key: `pbk_${'x'.repeat(43)}` })],
      ['a malformed API key', 401, 'rewards.api_key_invalid', () => post(trade(), { key: 'secret' })],
      ['no Idempotency-Key', 400, 'rewards.idempotency_key_missing', () => post(trade(), { idempotencyKey: null })],
      ['an Idempotency-Key with spaces', 400, 'rewards.idempotency_key_invalid', () => post(trade(), { idempotencyKey: 'a b' })],
      ['a body that is not JSON', 400, 'request.invalid_json', () => post(null, { raw: '{"type": "trade",' })],
      ['a body that is not declared JSON', 400, 'request.not_json', () => post(trade(), { contentType: 'text/plain' })],
      ['an empty body', 400, 'request.empty_body', () => post(null, { raw: '' })],
      ['501 activities', 413, 'rewards.batch_too_large', () => post({ activities: Array.from({ length: 501 }, () => trade()) })],
      ['a body over 1 MiB', 413, 'request.body_too_large', () => post(null, { raw: JSON.stringify({ ...trade(), ref: 'x'.repeat(1_100_000) }) })],
      ['an unknown type', 422, 'rewards.invalid_activity', () => post({ ...trade(), type: 'airdrop' })],
      ['a bad address', 422, 'rewards.invalid_activity', () => post({ ...trade(), wallet: '0x123' })],
      ['an amount as a JSON number', 422, 'rewards.invalid_activity', () => post({ ...trade(), amount: 12.5 })],
      ['a negative amount', 422, 'rewards.invalid_activity', () => post({ ...trade(), amount: '-1' })],
      ['a time without zone', 422, 'rewards.invalid_activity', () => post({ ...trade(), occurredAt: '2026-11-02T10:00:00' })],
      ['a time in the future', 422, 'rewards.activity_in_future', () => post({ ...trade(), occurredAt: new Date(Date.now() + 3_600_000).toISOString() })],
      ['an unknown field', 422, 'rewards.invalid_activity', () => post({ ...trade(), points: '1000' })],
      ['an empty batch', 422, 'rewards.invalid_activity', () => post({ activities: [] })],
      ['a NUL in a reference', 422, 'rewards.invalid_activity', () => post({ ...trade(), ref: 'trade\u0000-1' })],
      ['a control character in a batched reference', 422, 'rewards.invalid_activity', () => post({ activities: [trade(), { ...trade(), ref: 'line\nbreak' }] })],
      ['one bad activity in a batch', 422, 'rewards.invalid_activity', () => post({ activities: [trade(), { ...trade(), wallet: 'nope' }] })],
    ]
    for (const [name, status, code, send] of cases) {
      it(`${name} → ${status}`, async () => {
        const before = await countRows(payload)
        const response = await send()
        expect(response.status).toBe(status)
        expect(response.json).toMatchObject({ status, code })
        expect(await countRows(payload)).toEqual(before)
      })
    }

    it('a revoked key → 401 (and revoking is final)', async () => {
      const revoked = await createApiKey(payload, 'to revoke')
      expect((await post(trade(), { key: revoked.key })).status).toBe(201)
      await payload.update({ collection: 'api-keys', id: revoked.id, data: { revoked: true }, overrideAccess: true })
      // A fresh verifier: the replica's own cache trusts a checked key for a few seconds.
      const fresh = poster(testRewards(payload, redis), revoked.key)
      const before = await countRows(payload)
      expect((await fresh(trade())).status).toBe(401)
      expect(await countRows(payload)).toEqual(before)
      await expect(payload.update({ collection: 'api-keys', id: revoked.id, data: { revoked: false }, overrideAccess: true })).rejects.toThrow()
    })

    it('a renamed key keeps working', async () => {
      const renamed = await createApiKey(payload, 'to rename')
      await payload.update({ collection: 'api-keys', id: renamed.id, data: { name: 'renamed' }, overrideAccess: true })
      expect((await poster(testRewards(payload, redis), renamed.key)(trade())).status).toBe(201)
    })
  })
})
