// A pooled Postgres connection that dies while a request holds it (inside a transaction, between two queries) is
// logged, not an uncaught exception that takes the replica down; its holder's next query fails with the error.
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, testPayload } from '../../support/payload'

describe('Postgres connections lost in use', () => {
  let payload: Payload
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })

  beforeAll(async () => {
    payload = await testPayload()
    await admin.connect()
  })
  afterAll(async () => {
    await admin.end()
    await closePayload(payload)
  })

  it('do not throw out of the client a request holds; the next query on it fails', async () => {
    const uncaught: unknown[] = []
    const onUncaught = (error: unknown) => uncaught.push(error)
    process.on('uncaughtException', onUncaught)
    try {
      const held = await payload.db.pool.connect()
      // Without the app's listener, this client would have none while checked out.
      expect(held.listenerCount('error')).toBeGreaterThan(0)
      const { rows } = await held.query<{ pid: number }>('select pg_backend_pid() as pid')
      const lost = new Promise((resolve) => held.once('error', resolve))
      await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid])
      await lost
      await expect(held.query('select 1')).rejects.toThrow()
      held.release(true)
      // The pool opens a fresh connection for the next caller.
      expect((await payload.db.pool.query('select 1 as one')).rows[0]).toEqual({ one: 1 })
      expect(uncaught).toEqual([])
    } finally {
      process.off('uncaughtException', onUncaught)
    }
  })
})
