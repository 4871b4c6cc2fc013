/** Config publishes on the live bus: every replica hears a commit's NOTIFY; the first to claim it announces it once. */
import type { Redis } from 'ioredis'

import type { ContentChange } from '../content/notify'
import type { LiveBus } from './bus'

export async function announceConfigChange(bus: LiveBus, redis: Redis | null, prefix: string, change: ContentChange | null): Promise<void> {
  if (change?.status === 'draft') return
  if (redis && change?.changeId) {
    const claimed = await redis.set(`${prefix}live:claim:${change.changeId}`, '1', 'PX', 60_000, 'NX').catch(() => 'OK')
    if (claimed !== 'OK') return
  }
  const published = change
    ? { collection: change.collection, id: change.id, ...(change.configVersion ? { configVersion: change.configVersion } : {}), ...(change.release ? { release: change.release } : {}) }
    : { reconnected: true as const }
  await bus.publish('config', 'config.published', published)
}
