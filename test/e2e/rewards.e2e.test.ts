// Rewards against the running app: an admin-made API key, 100 identical requests in parallel recorded once, on
// one replica and across two sharing Postgres and Redis, and the leaderboard and wallet pages that follow.
import { randomBytes } from 'node:crypto'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { leaderboardPageSchema, walletSummarySchema } from '../../src/rewards/views'
import { apiClient, ok, type Schemas } from '../support/apiClient'
import { type RunningApp, startApp } from '../support/app'
import { staffToken } from '../support/staffToken'

const baseUrl = inject('baseUrl')

const wallet = () => `0x${randomBytes(20).toString('hex')}`

describe('rewards', () => {
  let key: string
  let second: RunningApp
  const db = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })

  beforeAll(async () => {
    await db.connect()
    const token = await staffToken(baseUrl, inject('admin'))
    const created = await fetch(`${baseUrl}/api/api-keys`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify({ name: 'e2e service' }) })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; key: string } }
    key = doc.key
    expect(key).toMatch(/^pbk_/)
    const read = (await (await fetch(`${baseUrl}/api/api-keys/${doc.id}`, { headers: { authorization: `JWT ${token}` } })).json()) as Record<string, unknown>
    expect(read.key).toBeUndefined()
    expect(JSON.stringify(read)).not.toContain(key)
    // Only admins see keys.
    expect((await fetch(`${baseUrl}/api/api-keys`)).status).toBe(403)
    second = await startApp(inject('appEnv'))
  })

  afterAll(async () => {
    await second?.stop()
    await db.end()
  })

  const send = (url: string, body: unknown, idempotencyKey: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/v1/rewards/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'idempotency-key': idempotencyKey, ...headers },
      body: JSON.stringify(body),
    })

  const recorded = async (idempotencyKey: string) => {
    const { rows } = await db.query<{ requests: string; ledger: string }>(
      `select count(distinct r.id) as requests, count(l.activity_id) as ledger
         from reward_requests r left join reward_activities a on a.request_id = r.id left join reward_ledger l on l.activity_id = a.id
        where r.idempotency_key = $1`,
      [idempotencyKey],
    )
    return { requests: Number(rows[0]!.requests), ledger: Number(rows[0]!.ledger) }
  }

  /** Through the generated client, as a partner's service would. */
  const report = (url: string, body: Schemas['ActivityInput'] | Schemas['ActivityBatch'], idempotencyKey: string) =>
    apiClient(url).POST('/rewards/activities', { params: { header: { 'Idempotency-Key': idempotencyKey } }, headers: { authorization: `Bearer ${key}` }, body })

  async function fire(urls: string[], idempotencyKey: string, body: Schemas['ActivityInput'] | Schemas['ActivityBatch']) {
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => report(urls[i % urls.length]!, body, idempotencyKey)))
    return { statuses: results.map(({ response }) => response.status).sort((a, b) => a - b), bodies: new Set(results.map(({ data }) => JSON.stringify(data))) }
  }

  it('records 100 parallel identical requests once and answers them identically', async () => {
    const idempotencyKey = `e2e-${randomBytes(6).toString('hex')}`
    const { statuses, bodies } = await fire([baseUrl], idempotencyKey, { type: 'trade', wallet: wallet(), occurredAt: '2026-11-10T12:00:00Z', amount: '25' })
    expect(statuses).toEqual([...Array(99).fill(200), 201])
    expect(bodies.size).toBe(1)
    expect(await recorded(idempotencyKey)).toEqual({ requests: 1, ledger: 1 })
  })

  it('does the same across two replicas sharing Postgres and Redis', async () => {
    const idempotencyKey = `e2e-two-${randomBytes(6).toString('hex')}`
    const body: Schemas['ActivityBatch'] = { activities: [{ type: 'trade', wallet: wallet(), occurredAt: '2026-11-11T12:00:00Z', amount: '7.5' }, { type: 'deposit', wallet: wallet(), occurredAt: '2026-11-11T12:00:00Z', amount: '100' }] }
    const { statuses, bodies } = await fire([baseUrl, second.url], idempotencyKey, body)
    expect(statuses).toEqual([...Array(99).fill(200), 201])
    expect(bodies.size).toBe(1)
    expect(await recorded(idempotencyKey)).toEqual({ requests: 1, ledger: 2 })
  })

  it('answers 409, 401, 400, 413 and 422 with problem+json', async () => {
    const idempotencyKey = `e2e-bad-${randomBytes(6).toString('hex')}`
    const activity = { type: 'trade', wallet: wallet(), occurredAt: '2026-11-10T12:00:00Z' }
    expect((await send(baseUrl, activity, idempotencyKey)).status).toBe(201)
    const checks: [Promise<Response>, number][] = [
      [send(second.url, { ...activity, amount: '1' }, idempotencyKey), 409],
      [send(baseUrl, activity, 'x', { authorization: 'Bearer nope' }), 401],
      [fetch(`${baseUrl}/api/v1/rewards/activities`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: '{}' }), 400],
      [send(baseUrl, { activities: Array.from({ length: 501 }, () => activity) }, 'too-many'), 413],
      [send(baseUrl, { ...activity, amount: 1.5 }, 'float'), 422],
    ]
    for (const [response, status] of checks) {
      const answer = await response
      expect(answer.status).toBe(status)
      expect(answer.headers.get('content-type')).toContain('application/problem+json')
    }
    expect(await recorded(idempotencyKey)).toEqual({ requests: 1, ledger: 1 })
  })

  it('shows the same leaderboard on both replicas, and a wallet’s standing', async () => {
    const board = (url: string) => ok(apiClient(url).GET('/leaderboard', { params: { query: { season: 'season-1', limit: 50 } } }), leaderboardPageSchema)
    const [one, two] = await Promise.all([board(baseUrl), board(second.url)])
    expect(one.entries.length).toBeGreaterThan(10)
    expect(two).toEqual(one)
    const top = one.entries[0]!
    const address = top.wallet.toUpperCase().replace('0X', '0x')
    const summary = await ok(apiClient(second.url).GET('/rewards/wallets/{address}', { params: { path: { address } } }), walletSummarySchema)
    expect(summary).toMatchObject({ holder: top.wallet, points: top.points, rank: 1 })
    // A repeat within the freshness window is answered from the response cache (Cache-Control says how long).
    const again = await fetch(`${baseUrl}/api/v1/leaderboard?season=season-1&limit=50`)
    expect(again.headers.get('x-cache')).toBe('hit')
    expect(again.headers.get('cache-control')).toBe('public, max-age=2, stale-while-revalidate=30')
    expect((await fetch(`${baseUrl}/api/v1/leaderboard?season=season-1&limit=500`)).status).toBe(400)
    expect((await fetch(`${baseUrl}/api/v1/leaderboard?sort=points`)).status).toBe(400)
    expect((await fetch(`${baseUrl}/api/v1/rewards/wallets/0x123`)).status).toBe(400)
  })

  it('loses nothing and records nothing twice when a replica is killed mid-ingest and the batches are replayed', async () => {
    // All batches at once; SIGKILL (no graceful shutdown) as soon as the first one is answered. On a loaded machine
    // the test process can be scheduled only after the victim has answered them all: then the kill landed on an idle
    // replica, and the attempt is made again on a new one (its batches are checked like the others).
    const batches: ReturnType<typeof killBatches> = []
    let interrupted = 0
    for (let attempt = 0; attempt < KILL_ATTEMPTS && interrupted === 0; attempt++) {
      const attemptBatches = killBatches(randomBytes(4).toString('hex'))
      batches.push(...attemptBatches)
      const victim = await startApp(inject('appEnv'))
      let killed = false
      const kill = () => {
        if (!killed) victim.process.kill('SIGKILL')
        killed = true
      }
      const outcomes = await Promise.all(
        attemptBatches.map(({ idempotencyKey, body }) =>
          send(victim.url, body, idempotencyKey).then(
            (response) => (kill(), response.status),
            () => 'interrupted' as const,
          ),
        ),
      )
      interrupted = outcomes.filter((outcome) => outcome === 'interrupted').length
      await victim.stop()
    }
    expect(interrupted, 'the kill landed while batches were in flight').toBeGreaterThan(0)

    // The caller retries everything with the same keys on a surviving replica.
    const retried = await Promise.all(batches.map(({ idempotencyKey, body }) => send(second.url, body, idempotencyKey).then((response) => response.status)))
    expect(retried.every((status) => status === 200 || status === 201)).toBe(true)
    for (const { idempotencyKey } of batches) expect(await recorded(idempotencyKey)).toEqual({ requests: 1, ledger: 500 })
  })
})

const KILL_ATTEMPTS = 3

/** 24 batches of 500 trades over 20 wallets, keyed by `run`. */
function killBatches(run: string) {
  const wallets = Array.from({ length: 20 }, wallet)
  return Array.from({ length: 24 }, (_, b) => ({
    idempotencyKey: `e2e-kill-${run}-${b}`,
    body: {
      activities: Array.from({ length: 500 }, (_, i) => ({ type: 'trade', wallet: wallets[(b + i) % wallets.length]!, occurredAt: '2026-11-12T12:00:00Z', amount: `${b}.${i}`, ref: `${run}-${b}-${i}` })),
    },
  }))
}
