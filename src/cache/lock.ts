/** The cross-replica refresh lock: `SET key token NX PX ttl`, released only by its holder (compare-and-delete). */
import type { Redis } from 'ioredis'

import { randomHex } from '../log/context'
import { luaScript } from '../redis/script'

const RELEASE = luaScript('playbookLockRelease', `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`)
// KEYS: entry, lock. ARGV: value, its TTL, the lock's token.
const STORE_AND_RELEASE = luaScript(
  'playbookStoreAndRelease',
  `redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then return redis.call('DEL', KEYS[2]) end
return 0`,
)

export interface HeldLock {
  key: string
  token: string
}

/** Tries once; null when another holder has it. Throws when Redis fails (the caller decides the fallback). */
export async function acquireLock(redis: Redis, key: string, ttlMs: number): Promise<HeldLock | null> {
  const token = randomHex(12)
  const result = await redis.set(key, token, 'PX', ttlMs, 'NX')
  return result === 'OK' ? { key, token } : null
}

/** Deletes the lock only if it still holds our token: a lock that expired and was taken by another stays theirs. */
export async function releaseLock(redis: Redis, lock: HeldLock): Promise<boolean> {
  const deleted = await RELEASE(redis, [lock.key], [lock.token])
  return deleted === 1
}

/** Stores a loaded entry and releases the lock its load held, in one round trip: waiters see the value as the lock goes. */
export async function storeAndRelease(redis: Redis, key: string, raw: string, ttlMs: number, lock: HeldLock): Promise<void> {
  await STORE_AND_RELEASE(redis, [key, lock.key], [raw, ttlMs, lock.token])
}
