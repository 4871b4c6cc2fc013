/**
 * A cache read's one round trip to Redis, one script: the request's admission counted (a per-client limit, see
 * swr.ts), the entry read, and when it is missing the refresh lock taken for the load that follows and the upstream
 * budget spent for that load's call. Atomic, so a lock taken here saw the key missing at that very moment. A refused
 * admission ends the script before the read: nothing is read, locked or spent on its account.
 */
import type { Redis } from 'ioredis'

import { randomHex } from '../log/context'
import { luaScript } from '../redis/script'
import { SPEND_LUA, type WindowSpend } from '../redis/windowSpend'
import type { HeldLock } from './lock'

// KEYS: entry, lock, the counter (with an admission), the spend's buckets (with a spend). ARGV: lock token ('' = no
// lock wanted), lock TTL, the admission's cost, window and limit ('' when none), the spend's bucket count, window and
// member, then its limits. Returns { entry or nil, 1 when the lock was taken, the count or nil, 1 when the spend was
// recorded }. The spend is made only with the lock: the read that will load pays for its call, a waiter does not.
const READ = luaScript(
  'playbookCacheRead',
  `${SPEND_LUA}
local counted = ARGV[3] ~= ''
local count = false
if counted then
  count = redis.call('INCRBY', KEYS[3], ARGV[3])
  redis.call('PEXPIRE', KEYS[3], ARGV[4])
  if count > tonumber(ARGV[5]) then return { false, 0, count, 0 } end
end
local entry = redis.call('GET', KEYS[1])
if entry or ARGV[1] == '' then return { entry, 0, count, 0 } end
local locked = redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2], 'NX') and 1 or 0
local n = tonumber(ARGV[6])
if locked == 0 or n == 0 then return { entry, locked, count, 0 } end
local first = counted and 3 or 2
local keys, limits = {}, {}
for i = 1, n do
  keys[i] = KEYS[first + i]
  limits[i] = ARGV[8 + i]
end
return { entry, locked, count, spend(keys, tonumber(ARGV[7]), ARGV[8], limits) == 0 and 1 or 0 }`,
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
  /** Recorded when the lock is taken: the budget of the load the lock is for (see redis/windowSpend.ts). */
  spend?: WindowSpend
}

export interface RemoteRead {
  raw: string | null
  /** With `takeLock` and the entry missing: the lock, or null when another holds it. Else undefined. */
  lock: HeldLock | null | undefined
  /** The counter after this request's cost, when a count was asked for. */
  count: number | null
  /** The spend was recorded (it was asked for, the lock taken, and every bucket had room). */
  spent: boolean
}

export async function remoteRead(redis: Redis, { entryKey, lockKey, lockTtlMs, takeLock, count, spend }: RemoteReadRequest): Promise<RemoteRead> {
  const token = takeLock ? randomHex(12) : ''
  const spending = takeLock && spend && spend.keys.length > 0 ? spend : undefined
  const keys = [entryKey, lockKey, ...(count ? [count.key] : []), ...(spending?.keys ?? [])]
  const args = [
    token,
    lockTtlMs,
    ...(count ? [count.cost, count.windowMs, count.limit] : ['', '', '']),
    ...(spending ? [spending.keys.length, spending.windowMs, spending.member, ...spending.limits] : [0, '', '']),
  ]
  const [raw, locked, total, spent] = (await READ(redis, keys, args)) as [string | null, number, number | null, number]
  const refused = count !== undefined && total !== null && total > count.limit
  return { raw, lock: !takeLock || raw !== null || refused ? undefined : locked === 1 ? { key: lockKey, token } : null, count: total, spent: spent === 1 }
}
