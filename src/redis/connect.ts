/** Connects to Redis (ioredis) with the app's failure behaviour: fail fast while away, reconnect forever. */
import { Redis } from 'ioredis'

import { logger } from '../log/logger'
import { traceRedis } from '../telemetry/clients'

export function createRedis(url: string, name = 'playbook'): Redis {
  const client = new Redis(url, {
    connectionName: name,
    lazyConnect: true,
    // A command fails fast while Redis is away, so callers fall back to in-process state instead of hanging.
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
    connectTimeout: 2_000,
    // Reconnect forever with a bounded delay: Redis coming back must be picked up without a restart.
    retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 5), 2_000),
  })
  let lastError = ''
  client.on('error', (error: Error) => {
    // Reconnect attempts repeat the same error; log each distinct one once.
    if (error.message !== lastError) logger.warn({ component: 'redis', err: error }, 'redis error')
    lastError = error.message
  })
  client.on('ready', () => {
    lastError = ''
    logger.info({ component: 'redis' }, 'redis ready')
  })
  traceRedis(client as never)
  return client
}
