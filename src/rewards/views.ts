/**
 * Response shapes of the rewards API. The OpenAPI document is generated from these, and tests validate real
 * responses against them. Points are exact decimal strings.
 */
import { z } from 'zod'

import { decimalStringSchema } from '../screens/schemas'
import { ACTIVITY_TYPES, type ActivityType } from './activityTypes'

const activityType = z.enum(ACTIVITY_TYPES.map((type) => type.value) as [ActivityType, ...ActivityType[]])
const address = z.string().regex(/^0x[0-9a-f]{40}$/).describe('A wallet address, lower case.')
const instant = z.iso.datetime().describe('A UTC instant, ISO-8601.')

export const activityScoreSchema = z.object({
  season: z.string().describe('The season’s slug.'),
  points: decimalStringSchema.describe('What the activity earned; the rule’s daily cap applies to the day’s sum.'),
  multiplier: decimalStringSchema,
  dailyCap: decimalStringSchema.nullable(),
  rule: z.object({ id: z.number().int(), version: z.string().describe('The rule version that scored it.') }),
})

export const recordedActivitySchema = z.object({
  id: z.uuid(),
  type: activityType,
  wallet: address,
  occurredAt: instant,
  amount: decimalStringSchema.nullable(),
  ref: z.string().nullable(),
  scores: z.array(activityScoreSchema).describe('Empty when no season or rule covers the activity: it is still recorded.'),
})

export const ingestSingleResultSchema = z.object({ activity: recordedActivitySchema })
export const ingestBatchResultSchema = z.object({ activities: z.array(recordedActivitySchema) })
export const ingestResultSchema = z.union([ingestSingleResultSchema, ingestBatchResultSchema])

export const seasonViewSchema = z.object({ slug: z.string(), name: z.string(), startsAt: instant, endsAt: instant })

const ownerSchema = z.object({ handle: z.string(), displayName: z.string().nullable() })

export const leaderboardEntrySchema = z.object({
  rank: z.number().int().min(1).describe('Position; equal points are ordered by wallet address, ascending.'),
  wallet: address.describe('The holder: the EOA a proxy links to, else the wallet itself.'),
  displayName: z.string().nullable(),
  handle: z.string().nullable(),
  points: decimalStringSchema,
})

export const leaderboardPageSchema = z.object({
  season: seasonViewSchema,
  entries: z.array(leaderboardEntrySchema),
  total: z.number().int().min(0).describe('Holders with points in the season.'),
  nextCursor: z.string().nullable(),
})

export const walletSummarySchema = z.object({
  address,
  type: z.enum(['proxy', 'eoa']).nullable().describe('null: a wallet nobody linked yet; its activities are kept.'),
  holder: address,
  owner: ownerSchema.nullable(),
  season: seasonViewSchema,
  points: decimalStringSchema,
  rank: z.number().int().min(1).nullable(),
  breakdown: z.array(z.object({ type: activityType, points: decimalStringSchema, activities: z.number().int().min(0) })),
  wallets: z.array(address).describe('The addresses whose points count for the holder.'),
})

export type RecordedActivityView = z.infer<typeof recordedActivitySchema>
export type LeaderboardPage = z.infer<typeof leaderboardPageSchema>
export type WalletSummary = z.infer<typeof walletSummarySchema>
export type SeasonView = z.infer<typeof seasonViewSchema>
