/** A season with rules for the scoring tests: caps, a multiplier window, a rule that ends mid-season. */
import type { CompiledRewardRule, CompiledSeason } from '@/content/types'
import { type Scoring, scoringFrom } from '@/rewards/scoring'

export const SEASON: CompiledSeason = { id: 7, slug: 'season-7', name: 'Season 7', startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2026-04-01T00:00:00.000Z' }

export const rule = (overrides: Partial<CompiledRewardRule>): CompiledRewardRule => ({
  id: 1,
  name: 'rule',
  seasonSlug: SEASON.slug,
  activityType: 'trade',
  basePoints: '1',
  pointsPerUnit: '0.1',
  dailyCap: null,
  effectiveFrom: null,
  effectiveUntil: null,
  multiplierWindows: [],
  version: '2026-01-01T00:00:00.000Z',
  ...overrides,
})

export const RULES: CompiledRewardRule[] = [
  rule({ id: 1, activityType: 'trade', basePoints: '1', pointsPerUnit: '0.1', dailyCap: '50', multiplierWindows: [{ startsAt: '2026-02-01T00:00:00.000Z', endsAt: '2026-02-03T00:00:00.000Z', multiplier: '2.5' }] }),
  rule({ id: 2, activityType: 'deposit', basePoints: '0.3', pointsPerUnit: '0.007', dailyCap: '10.05' }),
  rule({ id: 3, activityType: 'referral', basePoints: '50', pointsPerUnit: '0', effectiveUntil: '2026-03-01T00:00:00.000Z' }),
  rule({ id: 4, activityType: 'streak', basePoints: '0.1', pointsPerUnit: '0.2', dailyCap: '0.3' }),
]

export const scoring = (rules = RULES, seasons = [SEASON]): Scoring =>
  scoringFrom({ seasons: Object.fromEntries(seasons.map((season) => [season.slug, season])), rewardRules: rules })
