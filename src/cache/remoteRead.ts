/**
 * A cache read's one round trip to Redis, one script: the request's admission counted (a per-client limit, see
 * swr.ts), the entry read, and when it is missing the refresh lock taken for the load that follows. Atomic, so a
 * lock taken here saw the key missing at that very moment. A refused admission ends the script before the read:
 * nothing is read or locked on its account.
 */
import type { Redis } from 'ioredis'

import { randomHex } from '../log/context'
import { luaScript } from '../redis/script'
import type { HeldLock } from './lock'

// KEYS: entry, lock, counter (only with an admission). ARGV: lock token ('' = no lock wanted), lock TTL, then the
// admission's cost, window and limit. Returns { entry or nil, 1 when the lock was taken, the count or nil }.
const READ = luaScript(
  'playbookCacheRead',
  `
local count = false
if KEYS[3] then
  count = redis.call('INCRBY', KEYS[3], ARGV[3])
  redis.call('PEXPIRE', KEYS[3], ARGV[4])
  if count > tonumber(ARGV[5]) then return { false, 0, count } end
end
local entry = redis.call('GET', KEYS[1])
if entry or ARGV[1] == '' then return { entry, 0, count } end
local locked = redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2], 'NX') and 1 or 0
return { entry, locked, count }`,
)

/** A count to make in the read's round trip: INCRBY `cost` on `key`, which expires with its window. */
export interface RemoteCount {
  key: string
  cost: number
  windowMs: number
  limit: number
}

export interface RemoteReadRequest {
  entryKey: string
  lockKey: string
  lockTtlMs: number
  /** Take the lock when the entry is missing (a read that will load); else only read. */
  takeLock: boolean
  count?: RemoteCount
}

export interface RemoteRead {
  raw: string | null
  /** With `takeLock` and the entry missing: the lock, or null when another holds it. Else undefined. */
  lock: HeldLock | null | undefined
  /** The counter after this request's cost, when a count was asked for. */
  count: number | null
}

export async function remoteRead(redis: Redis, { entryKey, lockKey, lockTtlMs, takeLock, count }: RemoteReadRequest): Promise<RemoteRead> {
  const token = takeLock ? randomHex(12) : ''
  const keys = [entryKey, lockKey, ...(count ? [count.key] : [])]
  const args = [token, lockTtlMs, ...(count ? [count.cost, count.windowMs, count.limit] : [])]
  const [raw, locked, total] = (await READ(redis, keys, args)) as [string | null, number, number | null]
  const refused = count !== undefined && total !== null && total > count.limit
  return { raw, lock: !takeLock || raw !== null || refused ? undefined : locked === 1 ? { key: lockKey, token } : null, count: total }
}
