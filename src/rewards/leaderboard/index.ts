/**
 * Season leaderboards: read from Redis when it holds a built board of the current attribution generation, else
 * rebuilt from Postgres (one replica at a time, under a lock) or, meanwhile and without Redis, ranked in SQL.
 * A warm page costs one Redis script call and one Postgres query, whatever its size.
 */
import { acquireLock, releaseLock } from '../../cache/lock'
import { logger } from '../../log/logger'
import type { Sql } from '../db'
import { bumpGeneration } from '../db'
import { holderTotals, ownersAndGeneration, pageFromLedger, rankFromLedger, type RankedRow, seasonTotals } from './queries'
import type { LeaderboardRedis } from './redisStore'

const log = logger.child({ component: 'leaderboard' })
const REBUILD_LOCK_MS = 60_000

type Pipeline = ReturnType<LeaderboardRedis['redis']['pipeline']>

/** While the client is reconnecting, commands would wait for their timeout: go straight to Postgres instead. */
const usable = (store: LeaderboardRedis | null): store is LeaderboardRedis => store !== null && !['reconnecting', 'close', 'end'].includes(store.redis.status)

export interface LeaderboardPageData {
  count: number
  rows: RankedRow[]
}

export class Leaderboards {
  private readonly rebuilding = new Map<number, Promise<boolean>>()
  /** For tests and metrics. */
  rebuilds = 0

  constructor(
    private readonly db: () => Promise<Sql>,
    readonly store: LeaderboardRedis | null,
  ) {}

  async page(seasonId: number, offset: number, limit: number): Promise<LeaderboardPageData> {
    const db = await this.db()
    if (usable(this.store)) {
      try {
        for (let attempt = 0; attempt < 2; attempt++) {
          const read = await this.store.readPage(seasonId, offset, limit)
          if (read.state === 'ready') {
            const { generation, owners } = await ownersAndGeneration(db, read.rows.map((row) => row.holder))
            if (generation === read.generation) {
              return { count: read.count, rows: read.rows.map((row, index) => ({ rank: offset + index + 1, ...row, owner: owners.get(row.holder) ?? null })) }
            }
          }
          if (attempt > 0 || !(await this.rebuild(seasonId))) break
        }
      } catch (error) {
        log.warn({ err: error, seasonId }, 'leaderboard read from Redis failed; ranking in Postgres')
      }
    }
    return pageFromLedger(db, seasonId, offset, limit)
  }

  /** A holder's 1-based position (null without points) and how many holders the season has. */
  /** `generation`: the current one when the caller's query already read it (saves a query). */
  async rank(seasonId: number, holder: string, generation?: number): Promise<{ rank: number | null; count: number }> {
    const db = await this.db()
    if (usable(this.store)) {
      try {
        for (let attempt = 0; attempt < 2; attempt++) {
          const read = await this.store.readRank(seasonId, holder)
          if (read.state === 'ready') {
            const current = attempt === 0 && generation !== undefined ? generation : (await ownersAndGeneration(db, [])).generation
            if (read.generation === current) return { rank: read.rank, count: read.count }
          }
          if (attempt > 0 || !(await this.rebuild(seasonId))) break
        }
      } catch (error) {
        log.warn({ err: error, seasonId }, 'leaderboard rank from Redis failed; ranking in Postgres')
      }
    }
    return rankFromLedger(db, seasonId, holder)
  }

  /**
   * After an ingestion committed: the new totals of the holders it touched go to Redis, with `extra` commands in
   * the same round trip. Never throws: should Redis miss the update, the generation moves on so boards rebuild.
   */
  async afterIngest(wallets: readonly string[], seasonIds: readonly number[], extra?: (pipeline: Pipeline) => void): Promise<void> {
    if (!this.store) return
    try {
      if (seasonIds.length === 0) {
        if (extra) {
          const pipeline = this.store.redis.pipeline()
          extra(pipeline)
          await pipeline.exec()
        }
        return
      }
      const { generation, bySeason } = await holderTotals(await this.db(), wallets, seasonIds)
      await this.store.mergeTotals(generation, bySeason, extra)
    } catch (error) {
      log.warn({ err: error, seasonIds }, 'leaderboard update failed; boards will rebuild')
      await bumpGeneration(await this.db()).catch((bumpError: unknown) => log.error({ err: bumpError }, 'could not mark leaderboards stale'))
    }
  }

  /** Rebuilds a season's board from Postgres: one per replica at a time, one across replicas (false: someone else is). */
  rebuild(seasonId: number): Promise<boolean> {
    const running = this.rebuilding.get(seasonId)
    if (running) return running
    const work = this.rebuildOnce(seasonId).finally(() => this.rebuilding.delete(seasonId))
    this.rebuilding.set(seasonId, work)
    return work
  }

  private async rebuildOnce(seasonId: number): Promise<boolean> {
    const store = this.store
    if (!store) return false
    const lock = await acquireLock(store.redis, `${lockPrefix(store)}${seasonId}`, REBUILD_LOCK_MS)
    if (!lock) return false
    try {
      const started = Date.now()
      const { generation, totals } = await seasonTotals(await this.db(), seasonId)
      await store.writeSeason(seasonId, generation, totals)
      this.rebuilds++
      log.info({ seasonId, generation, holders: totals.length, ms: Date.now() - started }, 'leaderboard rebuilt from Postgres')
      return true
    } finally {
      await releaseLock(store.redis, lock).catch((error: unknown) => log.warn({ err: error, seasonId }, 'rebuild lock not released; it expires with its TTL'))
    }
  }
}

const lockPrefix = (store: LeaderboardRedis): string => `${store.keyPrefix}lb-lock:`
