// Ingestion is rate limited per calling address, before the API key is checked: a flood (or key guessing) gets
// 429 problem+json with Retry-After. A replica of its own, with its own Redis key space, so the flood does not
// spend the window of the other tests.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { INGEST_LIMIT } from '../../src/api/v1/limits'
import { type RunningApp, startApp } from '../support/app'

describe('ingestion rate limit', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp({ ...inject('appEnv'), REDIS_KEY_PREFIX: `pb:ingest-limit:${Date.now()}:` })
  })
  afterAll(async () => app?.stop())

  it(`answers requests over ${INGEST_LIMIT.limit} in a window with 429 problem+json and Retry-After`, async () => {
    const post = () =>
      fetch(`${app.url}/api/v1/rewards/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer pbk_guessed', 'idempotency-key': 'k' },
        body: '{}',
      })
    // The limit counts per fixed 10 s window: a run that straddles a window boundary may pass up to twice the limit
    // before the first 429, never more. Requests go in concurrent batches of 50, so arrival order within a batch is
    // loose by up to 49, either way.
    const BATCH = 50
    const statuses: number[] = []
    let over: Response | undefined
    while (!over && statuses.length <= 2 * INGEST_LIMIT.limit + BATCH) {
      const responses = await Promise.all(Array.from({ length: BATCH }, post))
      statuses.push(...responses.map((response) => response.status))
      over = responses.find((response) => response.status === 429)
    }
    const first = statuses.indexOf(429)
    expect(first).toBeGreaterThanOrEqual(INGEST_LIMIT.limit - (BATCH - 1))
    expect(first).toBeLessThanOrEqual(2 * INGEST_LIMIT.limit + (BATCH - 1))
    expect(new Set(statuses.slice(0, first))).toEqual(new Set([401]))
    expect(over!.headers.get('content-type')).toContain('application/problem+json')
    expect(Number(over!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await over!.json()).toMatchObject({ status: 429, code: 'ingest.rate_limited' })
  })
})
