/** Ends a pg pool that Payload leaves open. */
import type { Pool } from 'pg'

import { logger } from '../log/logger'

interface PooledClient {
  release?: () => void
  connection?: { stream?: { destroyed?: boolean; readyState?: string; destroy?: () => void } }
}

interface PoolInternals {
  ended?: boolean
  _clients?: PooledClient[]
  _idle?: Array<{ client: unknown }>
}

const GRACE_MS = 5_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * payload.destroy() does not end the pool in 3.90, and its connect check keeps one client checked out for
 * the pool's lifetime, so a plain `pool.end()` never resolves. At shutdown we hand such clients back first.
 *
 * Then we wait for the sockets themselves, with a deadline (timers keep the process alive meanwhile):
 * - pool.end() resolves once it has asked every client to end, not once their sockets are closed, and a caller
 *   that drops the database next would kill a connection still saying goodbye;
 * - pool.end() never resolves if a client's connection had already ended (pg waits for an 'end' event that has
 *   been emitted before), which left boots hanging and CLI scripts exiting with 13 (unsettled top-level await).
 */
export async function endPool(pool: Pool | undefined | null): Promise<void> {
  if (!pool) return
  const internals = pool as unknown as PoolInternals
  if (internals.ended) return
  const clients = [...(internals._clients ?? [])]
  const idle = new Set((internals._idle ?? []).map((entry) => entry.client))
  for (const client of clients) {
    if (!idle.has(client)) client.release?.()
  }
  void pool.end().catch((error: unknown) => logger.warn({ err: error, component: 'db' }, 'pool end failed'))
  const socketClosed = (client: PooledClient) => {
    const stream = client.connection?.stream
    return !stream || stream.destroyed === true || stream.readyState === 'closed'
  }
  const deadline = Date.now() + GRACE_MS
  while (!(internals.ended && clients.every(socketClosed)) && Date.now() < deadline) await sleep(5)
  if (!internals.ended || !clients.every(socketClosed)) {
    const open = clients.filter((client) => !socketClosed(client))
    logger.warn({ component: 'db', poolEnded: Boolean(internals.ended), openSockets: open.length }, 'pool did not close in time: closing its sockets')
    for (const client of open) client.connection?.stream?.destroy?.()
  }
}
