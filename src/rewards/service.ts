/** The rewards services of a replica, from Payload's pool, the shared Redis client and the published content. */
import type { Redis } from 'ioredis'

import type { ContentSnapshot } from '../content/types'
import { derivedFrom } from '../utilities/derivedFrom'
import { ApiKeyVerifier } from './apiKeys'
import type { Sql } from './db'
import { IdempotencyFastPath } from './idempotencyFastPath'
import type { IngestDeps } from './ingest'
import { Leaderboards } from './leaderboard'
import { LeaderboardRedis } from './leaderboard/redisStore'
import { type Scoring, scoringFrom } from './scoring'

export interface IngestCounters {
  /** Requests recorded (201), replayed from an earlier answer (200), and refused, by problem code. */
  recorded: number
  replayed: number
  rejected: Record<string, number>
  /** Activities in recorded requests. */
  activities: number
}

export interface Rewards extends IngestDeps {
  apiKeys: ApiKeyVerifier
  snapshot: () => Promise<ContentSnapshot>
  counters: IngestCounters
}

/** Scoring compiled once per snapshot, not per request. */
export const scoringOf: (snapshot: ContentSnapshot) => Scoring = derivedFrom(scoringFrom)

export function createRewards(options: { db: () => Promise<Sql>; redis: Redis | null; prefix: string; snapshot: () => Promise<ContentSnapshot> }): Rewards {
  const leaderboards = new Leaderboards(options.db, options.redis ? new LeaderboardRedis(options.redis, options.prefix) : null)
  return {
    db: options.db,
    snapshot: options.snapshot,
    scoring: async () => scoringOf(await options.snapshot()),
    fastPath: options.redis ? new IdempotencyFastPath(options.redis, options.prefix) : null,
    leaderboards,
    apiKeys: new ApiKeyVerifier(options.db),
    counters: { recorded: 0, replayed: 0, rejected: {}, activities: 0 },
  }
}
