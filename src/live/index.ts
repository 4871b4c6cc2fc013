/** The replica's live bus, and what feeds it: config publishes (elected once across replicas) and market changes. */
import { env } from '../config/env'
import { singleton } from '../config/singleton'
import { contentSnapshots } from '../content'
import type { ContentChange } from '../content/notify'
import { logger } from '../log/logger'
import { redis } from '../redis/client'
import { LiveBus } from './bus'

export function liveBus(): LiveBus {
  return singleton('live-bus', () => {
    const bus = new LiveBus(redis(), `${env().REDIS_KEY_PREFIX}live`)
    void bus.start().catch((error: unknown) => logger.error({ component: 'live', err: error }, 'live subscriber failed'))
    contentSnapshots().onChange((change) => {
      // Best effort (Redis may be down): clients missing an announcement still see the change on their next read.
      announceConfigChange(bus, change).catch((error: unknown) => logger.warn({ component: 'live', err: error }, 'config change not announced'))
    })
    return bus
  })
}

/** Every replica hears a commit's NOTIFY; the first to claim its change id announces it, so clients get it once. */
async function announceConfigChange(bus: LiveBus, change: ContentChange | null): Promise<void> {
  if (change?.status === 'draft') return
  const client = redis()
  if (client && change?.changeId) {
    const claimed = await client.set(`${env().REDIS_KEY_PREFIX}live:claim:${change.changeId}`, '1', 'PX', 60_000, 'NX').catch(() => 'OK')
    if (claimed !== 'OK') return
  }
  await bus.publish('config', 'config.published', change ? { collection: change.collection, id: change.id } : { reconnected: true })
}
