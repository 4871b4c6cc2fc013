/**
 * The market-data warning of a document's last publish (market data was unreachable, so it went out unchecked),
 * kept a week in Redis for the admin to show beside the document; a checked publish clears it. Without Redis
 * (scripts, a single process) the warning lives in this process.
 */
import type { Redis } from 'ioredis'

export interface PublishWarning {
  message: string
  /** When the publish happened (ISO). */
  at: string
}

const KEEP_SECONDS = 7 * 24 * 60 * 60
const inProcess = new Map<string, PublishWarning>()

export interface WarningStore {
  redis: Redis | null
  prefix: string
}

const keyOf = (store: WarningStore, collection: string, id: number | string) => `${store.prefix}publish-warning:${collection}:${String(id)}`

/** Stores `warning` for the document, or clears what its previous publish left when `warning` is null. */
export async function recordPublishWarning(store: WarningStore, collection: string, id: number | string, warning: PublishWarning | null): Promise<void> {
  const key = keyOf(store, collection, id)
  if (!store.redis) {
    if (warning) inProcess.set(key, warning)
    else inProcess.delete(key)
    return
  }
  if (warning) await store.redis.set(key, JSON.stringify(warning), 'EX', KEEP_SECONDS)
  else await store.redis.del(key)
}

export async function publishWarningOf(store: WarningStore, collection: string, id: number | string): Promise<PublishWarning | null> {
  const key = keyOf(store, collection, id)
  if (!store.redis) return inProcess.get(key) ?? null
  const raw = await store.redis.get(key)
  return raw ? (JSON.parse(raw) as PublishWarning) : null
}
