/**
 * A season's leaderboard in Redis, per attribution generation g:
 *   `lb:<season>:cur`     the generation readers use
 *   `lb:<season>:<g>:z`   sorted set, every score 0, members `encode(points) + holder` (exact order, see encoding.ts)
 *   `lb:<season>:<g>:p`   hash holder → encode(points), to find a holder's member
 *   `lb:<season>:<g>:ok`  set once a rebuild from Postgres completed
 * Every write is a max-merge of totals read from Postgres: within a generation a holder's total only grows (points
 * are never negative and new entries only add), so the larger of two totals is the fresher one, whichever order
 * writers and rebuilds arrive in. Anything that can lower a total (a re-score, a wallet link) starts a new generation.
 * Each call is one round trip (a script or a pipeline of scripts).
 */
import type { Redis } from 'ioredis'

import { Points } from '../points'
import { encodePoints, parseMember } from './encoding'

/** Idle leaderboards expire; the next read rebuilds them. */
const TTL_SECONDS = 7 * 24 * 3600
/** Members per script call when a whole season is written. */
const CHUNK = 2_000

const BEFORE = `
local function before(a, b)
  local n = math.min(#a, #b)
  for i = 1, n do
    local x, y = string.byte(a, i), string.byte(b, i)
    if x ~= y then return x < y end
  end
  return #a < #b
end`

// KEYS: cur, z, p, ok. ARGV: generation, ttl, complete (1|0), base of the generation keys, then holder/encoded pairs.
const MERGE = `${BEFORE}
local cur = redis.call('GET', KEYS[1])
local g = tonumber(ARGV[1])
if cur and tonumber(cur) > g then return 0 end
for i = 5, #ARGV, 2 do
  local holder, enc = ARGV[i], ARGV[i + 1]
  local old = redis.call('HGET', KEYS[3], holder)
  if not old or before(enc, old) then
    if old then redis.call('ZREM', KEYS[2], old .. holder) end
    redis.call('ZADD', KEYS[2], 0, enc .. holder)
    redis.call('HSET', KEYS[3], holder, enc)
  end
end
redis.call('EXPIRE', KEYS[2], ARGV[2])
redis.call('EXPIRE', KEYS[3], ARGV[2])
if ARGV[3] == '1' then
  redis.call('SET', KEYS[4], '1', 'EX', ARGV[2])
  if not cur or tonumber(cur) < g then
    redis.call('SET', KEYS[1], ARGV[1])
    if cur then redis.call('DEL', ARGV[4] .. cur .. ':z', ARGV[4] .. cur .. ':p', ARGV[4] .. cur .. ':ok') end
  end
elseif redis.call('EXISTS', KEYS[4]) == 1 then
  redis.call('EXPIRE', KEYS[4], ARGV[2])
end
return 1`

// KEYS: cur. ARGV: base, start, stop. Returns {} (no leaderboard), {g} (not built) or {g, count, members}.
const PAGE = `
local cur = redis.call('GET', KEYS[1])
if not cur then return {} end
local base = ARGV[1] .. cur
if redis.call('EXISTS', base .. ':ok') == 0 then return {cur} end
return {cur, redis.call('ZCARD', base .. ':z'), redis.call('ZRANGE', base .. ':z', ARGV[2], ARGV[3])}`

// KEYS: cur. ARGV: base, holder. Returns {}, {g}, or {g, count, rank (-1 when absent)}.
const RANK = `
local cur = redis.call('GET', KEYS[1])
if not cur then return {} end
local base = ARGV[1] .. cur
if redis.call('EXISTS', base .. ':ok') == 0 then return {cur} end
local count = redis.call('ZCARD', base .. ':z')
local enc = redis.call('HGET', base .. ':p', ARGV[2])
if not enc then return {cur, count, -1} end
return {cur, count, redis.call('ZRANK', base .. ':z', enc .. ARGV[2])}`

export interface Total {
  holder: string
  points: Points
}

export type PageRead =
  | { state: 'missing' }
  | { state: 'building'; generation: number }
  | { state: 'ready'; generation: number; count: number; rows: { holder: string; points: string }[] }

export type RankRead = { state: 'missing' } | { state: 'building'; generation: number } | { state: 'ready'; generation: number; count: number; rank: number | null }

export class LeaderboardRedis {
  constructor(
    readonly redis: Redis,
    readonly keyPrefix: string,
  ) {}

  private base(seasonId: number): string {
    return `${this.keyPrefix}lb:${seasonId}:`
  }

  private keys(seasonId: number, generation: number): [string, string, string, string] {
    const base = this.base(seasonId)
    return [`${base}cur`, `${base}${generation}:z`, `${base}${generation}:p`, `${base}${generation}:ok`]
  }

  private mergeArgs(seasonId: number, generation: number, totals: readonly Total[], complete: boolean): (string | number)[] {
    const args: (string | number)[] = [MERGE, 4, ...this.keys(seasonId, generation), generation, TTL_SECONDS, complete ? '1' : '0', this.base(seasonId)]
    for (const total of totals) args.push(total.holder, encodePoints(total.points))
    return args
  }

  /** Max-merges totals of several seasons read under `generation` (an ingestion), in one round trip. */
  async mergeTotals(generation: number, bySeason: ReadonlyMap<number, readonly Total[]>, extra?: (pipeline: ReturnType<Redis['pipeline']>) => void): Promise<void> {
    const pipeline = this.redis.pipeline()
    for (const [seasonId, totals] of bySeason) pipeline.call('EVAL', ...this.mergeArgs(seasonId, generation, totals, false))
    extra?.(pipeline)
    await execAll(pipeline)
  }

  /** Writes a whole season read from Postgres and marks it built, in one round trip. */
  async writeSeason(seasonId: number, generation: number, totals: readonly Total[]): Promise<void> {
    const pipeline = this.redis.pipeline()
    for (let start = 0; start < totals.length; start += CHUNK) pipeline.call('EVAL', ...this.mergeArgs(seasonId, generation, totals.slice(start, start + CHUNK), false))
    pipeline.call('EVAL', ...this.mergeArgs(seasonId, generation, [], true))
    await execAll(pipeline)
  }

  async readPage(seasonId: number, offset: number, limit: number): Promise<PageRead> {
    const reply = (await this.redis.eval(PAGE, 1, `${this.base(seasonId)}cur`, this.base(seasonId), offset, offset + limit - 1)) as [string?, number?, string[]?]
    if (reply.length === 0) return { state: 'missing' }
    const generation = Number(reply[0])
    if (reply.length === 1) return { state: 'building', generation }
    return { state: 'ready', generation, count: Number(reply[1]), rows: (reply[2] ?? []).map(parseMember) }
  }

  async readRank(seasonId: number, holder: string): Promise<RankRead> {
    const reply = (await this.redis.eval(RANK, 1, `${this.base(seasonId)}cur`, this.base(seasonId), holder)) as [string?, number?, number?]
    if (reply.length === 0) return { state: 'missing' }
    const generation = Number(reply[0])
    if (reply.length === 1) return { state: 'building', generation }
    const rank = Number(reply[2])
    return { state: 'ready', generation, count: Number(reply[1]), rank: rank < 0 ? null : rank + 1 }
  }

  /** Forgets a season's board, as a Redis restart would (tests; operators after surgery on the ledger). */
  async drop(seasonId: number): Promise<void> {
    const current = await this.redis.get(`${this.base(seasonId)}cur`)
    await this.redis.del(`${this.base(seasonId)}cur`, ...(current === null ? [] : this.keys(seasonId, Number(current)).slice(1)))
  }
}

async function execAll(pipeline: ReturnType<Redis['pipeline']>): Promise<void> {
  const results = (await pipeline.exec()) ?? []
  const failed = results.find(([error]) => error)
  if (failed) throw failed[0]
}
