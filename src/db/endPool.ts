/** Ends a pg pool that Payload leaves open. */
import type { Pool } from 'pg'

interface PoolInternals {
  ended?: boolean
  _clients?: Array<{ release?: () => void }>
  _idle?: Array<{ client: unknown }>
}

/**
 * payload.destroy() does not end the pool in 3.90, and its connect check keeps one client checked out for
 * the pool's lifetime, so a plain `pool.end()` never resolves. At shutdown we hand such clients back first.
 */
export async function endPool(pool: Pool | undefined | null): Promise<void> {
  if (!pool) return
  const internals = pool as unknown as PoolInternals
  if (internals.ended) return
  const idle = new Set((internals._idle ?? []).map((entry) => entry.client))
  for (const client of internals._clients ?? []) {
    if (!idle.has(client)) client.release?.()
  }
  await pool.end()
}
