/**
 * The rewards tables. They are not Payload collections (the ledger is written in bulk with plain SQL and read with
 * aggregates), but they are declared in Payload's drizzle schema so that migrations create them and the drift
 * check knows them. Exact numbers are `numeric` (read back as text, parsed with decimal.js).
 */
import {
  bigint,
  bigserial,
  date,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type Hook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 })

/** One accepted ingestion request: the unique (API key, Idempotency-Key) pair is what makes a retry a no-op. */
export const rewardRequests = pgTable(
  'reward_requests',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The API key that sent it; 0 for activities the seed records. */
    apiKeyId: integer('api_key_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** sha256 of the normalised body: the same key with another body is a conflict. */
    requestHash: text('request_hash').notNull(),
    status: smallint('status').notNull(),
    /** The response body exactly as first sent, replayed byte for byte. */
    response: text('response').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('reward_requests_key_idx').on(table.apiKeyId, table.idempotencyKey)],
)

/** Every reported activity, scored or not (outside any season, unknown wallet): the input of re-scores. */
export const rewardActivities = pgTable(
  'reward_activities',
  {
    id: uuid('id').primaryKey(),
    requestId: bigint('request_id', { mode: 'number' })
      .notNull()
      .references(() => rewardRequests.id, { onDelete: 'cascade' }),
    /** Position in the request's batch. */
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    /** The address as reported (lower case): attribution is resolved when read, so later links apply. */
    wallet: text('wallet').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    amount: numeric('amount'),
    ref: text('ref'),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('reward_activities_request_seq_idx').on(table.requestId, table.seq),
    index('reward_activities_wallet_idx').on(table.wallet, table.occurredAt),
    index('reward_activities_occurred_idx').on(table.occurredAt, table.id),
  ],
)

/** What an activity earned in a season, and under which rule version. At most one entry per activity and season. */
export const rewardLedger = pgTable(
  'reward_ledger',
  {
    // A surrogate key: drizzle-kit's schema diff cannot introspect composite primary keys.
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => rewardActivities.id, { onDelete: 'cascade' }),
    seasonId: integer('season_id').notNull(),
    wallet: text('wallet').notNull(),
    activityType: text('activity_type').notNull(),
    /** UTC day of the activity: daily caps apply per wallet, rule version and day. */
    day: date('day', { mode: 'string' }).notNull(),
    ruleId: integer('rule_id').notNull(),
    ruleVersion: text('rule_version').notNull(),
    /** Before the daily cap, which applies to sums (see src/rewards/standings.ts). */
    points: numeric('points').notNull(),
    multiplier: numeric('multiplier').notNull(),
    dailyCap: numeric('daily_cap'),
    scoredAt: instant('scored_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('reward_ledger_activity_season_idx').on(table.activityId, table.seasonId), index('reward_ledger_season_wallet_idx').on(table.seasonId, table.wallet)],
)

/**
 * One row: the attribution generation. Bumped in the transaction that changes which holder a wallet's points go to
 * (a proxy linked to an EOA) and when a re-score finishes; leaderboards in Redis built under an older one are rebuilt.
 */
export const rewardState = pgTable('reward_state', {
  id: smallint('id').primaryKey(),
  generation: bigint('generation', { mode: 'number' }).notNull(),
})

/** The latest re-score of each season: its cursor makes it resumable, its rules version tells when to start over. */
export const rewardRescores = pgTable('reward_rescores', {
  seasonId: integer('season_id').primaryKey(),
  status: text('status').notNull(),
  rulesVersion: text('rules_version').notNull(),
  cursorAt: instant('cursor_at'),
  cursorId: uuid('cursor_id'),
  processed: integer('processed').notNull(),
  error: text('error'),
  startedAt: instant('started_at').notNull(),
  updatedAt: instant('updated_at').notNull(),
  finishedAt: instant('finished_at'),
})

export const rewardTables: Hook = ({ schema }) => ({
  ...schema,
  tables: {
    ...schema.tables,
    reward_requests: rewardRequests,
    reward_activities: rewardActivities,
    reward_ledger: rewardLedger,
    reward_state: rewardState,
    reward_rescores: rewardRescores,
  },
})
