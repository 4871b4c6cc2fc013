import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkHealth } from '@/health/health'
import { createRedis } from '@/redis/connect'

import { closePayload, testPayload } from '../support/payload'

describe('health', () => {
  let payload: Payload
  const redis = createRedis(process.env.REDIS_URL!)

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await redis.quit()
    await closePayload(payload)
  })

  it('reports Postgres and Redis up, and the market source it was given', async () => {
    const report = await checkHealth({ database: payload.db.pool, redis, gammaUrl: process.env.GAMMA_URL })
    expect(report.postgres.status).toBe('ok')
    expect(report.redis.status).toBe('ok')
    expect(report.marketData).toMatchObject({ source: 'gamma', url: process.env.GAMMA_URL })
  })

  it('says down when Postgres does not answer', async () => {
    // A real pool aimed at a port where nothing listens.
    const unreachable = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 500 })
    try {
      const report = await checkHealth({ database: unreachable, redis, gammaUrl: process.env.GAMMA_URL })
      expect(report.status).toBe('down')
      expect(report.postgres.status).toBe('down')
      expect(report.postgres.error).toMatch(/ECONNREFUSED/)
      // With published content in memory the API still serves: degraded, not down.
      const serving = await checkHealth({ database: unreachable, redis, gammaUrl: process.env.GAMMA_URL, content: { published: true } })
      expect(serving.status).toBe('degraded')
      expect(serving.postgres.status).toBe('down')
    } finally {
      await unreachable.end()
    }
  })

  it('runs every statement on the app pool under a 10 s statement timeout', async () => {
    const { rows } = await payload.db.pool.query<{ statement_timeout: string }>('show statement_timeout')
    expect(rows[0]!.statement_timeout).toBe('10s')
  })
})
