/**
 * Spending from sliding windows kept in Redis: a sorted set of call times per bucket, checked and recorded for every
 * bucket at once, on Redis's clock (replicas' clocks may differ); a bucket's `:pause` key holds off every spend until
 * its time. The Lua is shared by the scripts that spend: the upstream budget's own (markets/gamma/sharedRateWindow.ts)
 * and a cache read's, which spends for the load it is about to make in the round trip that takes its lock.
 */

/** Defines `spend(keys, window, member, limits)`: 0 when recorded in every bucket, else the ms until all have room (nothing recorded). */
export const SPEND_LUA = `
local function spend(keys, window, member, limits)
  local t = redis.call('TIME')
  local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
  local wait = 0
  for i, key in ipairs(keys) do
    local paused = tonumber(redis.call('GET', key .. ':pause') or '0')
    if paused > now then wait = math.max(wait, paused - now) end
    local limit = tonumber(limits[i])
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
    local count = redis.call('ZCARD', key)
    if count >= limit then
      local freeing = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
      wait = math.max(wait, tonumber(freeing[2]) + window - now)
    end
  end
  if wait > 0 then return wait end
  for i, key in ipairs(keys) do
    redis.call('ZADD', key, now, member)
    redis.call('PEXPIRE', key, window)
  end
  return 0
end
`

/** One spend: a bucket key per window, their shared length, the member recorded in each, each bucket's limit. */
export interface WindowSpend {
  keys: string[]
  windowMs: number
  member: string
  limits: number[]
}

/**
 * A spend made ahead of the call it pays for, by a script in a round trip the caller makes anyway, and how to run
 * that call so it does not spend again (`run` marks the work's first call as paid).
 */
export interface Prepay {
  spend: WindowSpend
  run<T>(work: () => Promise<T>): Promise<T>
}
