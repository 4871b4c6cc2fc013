/** The cross-replica refresh lock: `SET key token NX PX ttl`, released only by its holder (compare-and-delete). */
import { randomBytes } from 'node:crypto'

import type { Redis } from 'ioredis'

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`

export interface HeldLock {
  key: string
  token: string
}

/** Tries once; null when another holder has it. Throws when Redis fails (the caller decides the fallback). */
export async function acquireLock(redis: Redis, key: string, ttlMs: number): Promise<HeldLock | null> {
  const token = randomBytes(12).toString('hex')
  const result = await redis.set(key, token, 'PX', ttlMs, 'NX')
  return result === 'OK' ? { key, token } : null
}

/** Deletes the lock only if it still holds our token: a lock that expired and was taken by another stays theirs. */
export async function releaseLock(redis: Redis, lock: HeldLock): Promise<boolean> {
  const deleted = await redis.eval(RELEASE, 1, lock.key, lock.token)
  return deleted === 1
}
