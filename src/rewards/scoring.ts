/**
 * Pure scoring: an activity earns, in every season whose bounds contain it and that has a rule for its type in
 * force, `(basePoints + pointsPerUnit × amount) × multiplier`. Each result is one ledger entry recording the rule
 * and the rule version that produced it. The daily cap applies to sums (see standings.ts), not here.
 */
import type { CompiledRewardRule, CompiledSeason, ContentSnapshot } from '../content/types'
import { Points, pointsText } from './points'

const ONE = new Points(1)

export interface ScoringRule {
  id: number
  seasonId: number
  activityType: string
  basePoints: Points
  pointsPerUnit: Points
  dailyCap: Points | null
  /** The rule's window clipped to its season: [from, until) in epoch ms. */
  from: number
  until: number
  windows: { from: number; until: number; multiplier: Points }[]
  version: string
}

export interface Scoring {
  seasons: CompiledSeason[]
  rules: ScoringRule[]
}

export interface ScorableActivity {
  type: string
  wallet: string
  /** ISO-8601 UTC instant. */
  occurredAt: string
  amount: string | null
}

export interface LedgerScore {
  seasonId: number
  wallet: string
  activityType: string
  /** The activity's UTC calendar day, `YYYY-MM-DD`: the unit of daily caps. */
  day: string
  ruleId: number
  ruleVersion: string
  points: string
  multiplier: string
  dailyCap: string | null
}

const ms = (iso: string | null | undefined, fallback: number): number => (iso ? Date.parse(iso) : fallback)

function toRule(rule: CompiledRewardRule, season: CompiledSeason): ScoringRule {
  const seasonFrom = Date.parse(season.startsAt)
  const seasonUntil = Date.parse(season.endsAt)
  return {
    id: rule.id,
    seasonId: season.id,
    activityType: rule.activityType,
    basePoints: new Points(rule.basePoints),
    pointsPerUnit: new Points(rule.pointsPerUnit),
    dailyCap: rule.dailyCap ? new Points(rule.dailyCap) : null,
    from: Math.max(seasonFrom, ms(rule.effectiveFrom, seasonFrom)),
    until: Math.min(seasonUntil, ms(rule.effectiveUntil, seasonUntil)),
    windows: rule.multiplierWindows.map((window) => ({ from: Date.parse(window.startsAt), until: Date.parse(window.endsAt), multiplier: new Points(window.multiplier) })),
    version: rule.version,
  }
}

/** The published seasons and rules in the form scoring reads. */
export function scoringFrom(snapshot: Pick<ContentSnapshot, 'seasons' | 'rewardRules'>): Scoring {
  const seasons = Object.values(snapshot.seasons)
  return {
    seasons: seasons.map(({ id, slug, name, startsAt, endsAt }) => ({ id, slug, name, startsAt, endsAt })),
    rules: snapshot.rewardRules.flatMap((rule) => {
      const season = snapshot.seasons[rule.seasonSlug]
      return season ? [toRule(rule, season)] : []
    }),
  }
}

export const utcDay = (iso: string): string => new Date(iso).toISOString().slice(0, 10)

/** The ledger entries one activity earns: at most one per season (rules of one type never overlap in a season). */
export function scoreActivity(activity: ScorableActivity, scoring: Scoring, onlySeasonId?: number): LedgerScore[] {
  const at = Date.parse(activity.occurredAt)
  const amount = new Points(activity.amount ?? 0)
  const entries: LedgerScore[] = []
  const seen = new Set<number>()
  for (const rule of scoring.rules) {
    if (rule.activityType !== activity.type || at < rule.from || at >= rule.until) continue
    if (onlySeasonId !== undefined && rule.seasonId !== onlySeasonId) continue
    // Editors cannot save overlapping rules; should data say otherwise, the first rule wins, never both.
    if (seen.has(rule.seasonId)) continue
    seen.add(rule.seasonId)
    const multiplier = rule.windows.find((window) => at >= window.from && at < window.until)?.multiplier ?? ONE
    const points = rule.basePoints.plus(rule.pointsPerUnit.times(amount)).times(multiplier)
    entries.push({
      seasonId: rule.seasonId,
      wallet: activity.wallet,
      activityType: activity.type,
      day: utcDay(activity.occurredAt),
      ruleId: rule.id,
      ruleVersion: rule.version,
      points: pointsText(points),
      multiplier: pointsText(multiplier),
      dailyCap: rule.dailyCap ? pointsText(rule.dailyCap) : null,
    })
  }
  return entries
}

/** A fingerprint of what scores a season (its bounds, its rules and their versions): a re-score resumes only under the same one. */
export function seasonRulesVersion(scoring: Scoring, seasonId: number): string {
  const season = scoring.seasons.find((candidate) => candidate.id === seasonId)
  const rules = scoring.rules
    .filter((rule) => rule.seasonId === seasonId)
    .map((rule) => `${rule.id}@${rule.version}`)
    .sort()
  return JSON.stringify([season?.startsAt, season?.endsAt, rules])
}
