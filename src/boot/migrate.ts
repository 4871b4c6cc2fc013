/** Runs committed migrations (never a schema push) with a short-lived Payload instance of its own. */
import type { Payload } from 'payload'

import { endPool } from '../db/endPool'
import { logger } from '../log/logger'

type PayloadConfig = Parameters<typeof import('payload').getPayload>[0]['config']

/** Boots a separate Payload instance, runs `work` with it, then closes it and its pool. */
export async function withBootPayload<T>(config: PayloadConfig, work: (payload: Payload) => Promise<T>): Promise<T> {
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: 'boot' })
  try {
    return await work(payload)
  } finally {
    await closePayload(payload)
  }
}

/** payload.destroy() leaves the pg pool open in 3.90: end it too. */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = payload.db.pool
  await payload.destroy()
  await endPool(pool)
}

export async function migrate(payload: Payload): Promise<void> {
  const { migrations } = await import('../../migrations')
  const started = Date.now()
  await payload.db.migrate({ migrations: migrations as never })
  logger.info({ component: 'boot', ms: Date.now() - started, count: migrations.length }, 'migrations applied')
}
