// A fresh database reaches the current schema through the committed migrations alone, with nothing left to push.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../migrations'
import { createDatabase, dropDatabase } from '../support/services'

const adminUrl = process.env.TEST_PG_ADMIN_URL!
const database = `${process.env.TEST_RUN_ID}_migrations`

describe('migrations', () => {
  let payload: import('payload').Payload
  let closePayload: (payload: import('payload').Payload) => Promise<void>

  beforeAll(async () => {
    process.env.DATABASE_URL = await createDatabase(adminUrl, database)
    const { resetEnvCache } = await import('@/config/env')
    resetEnvCache()
    const support = await import('../support/payload')
    closePayload = support.closePayload
    payload = await support.testPayload('migrations')
  })

  afterAll(async () => {
    await closePayload(payload)
    await dropDatabase(adminUrl, database)
  })

  it('records every committed migration as applied', async () => {
    const { rows } = await payload.db.pool.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name')
    expect(rows.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name).sort())
  })

  it('leaves no difference between the migrated database and the collections (no push needed)', async () => {
    // Payload's drizzle-kit typing omits statementsToExecute and pins a nested drizzle-orm copy.
    const pushSchema = payload.db.requireDrizzleKit().pushSchema as unknown as (
      ...args: unknown[]
    ) => Promise<{ statementsToExecute: string[]; apply: () => Promise<void> }>
    const diff = () => pushSchema(payload.db.schema, payload.db.drizzle, undefined, payload.db.tablesFilter)
    const before = await diff()
    // drizzle-kit reports some no-op statements forever (numeric defaults introspect as '0'::numeric). Real drift
    // disappears once applied; noise does not. So apply the diff to this throwaway database and diff again.
    await before.apply()
    const after = await diff()
    const drift = before.statementsToExecute.filter((statement) => !after.statementsToExecute.includes(statement))
    expect(drift).toEqual([])
  })
})
