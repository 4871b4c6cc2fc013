/**
 * From ledger entries to totals. A rule's daily cap bounds the sum of the points one wallet earns under that rule
 * version on one UTC day, so a total is `Σ min(cap, Σ points)` over those groups: exact, and the same whatever
 * order the entries arrived in. The SQL in leaderboard/queries.ts computes the same thing; tests hold them equal.
 */
import { Points, ZERO } from './points'
import type { LedgerScore } from './scoring'

type Entry = Pick<LedgerScore, 'seasonId' | 'wallet' | 'activityType' | 'day' | 'ruleId' | 'ruleVersion' | 'points' | 'dailyCap'>

export interface CappedGroup {
  seasonId: number
  wallet: string
  activityType: string
  points: Points
}

export function cappedGroups(entries: readonly Entry[]): CappedGroup[] {
  const groups = new Map<string, { group: CappedGroup; cap: Points | null }>()
  for (const entry of entries) {
    const key = `${entry.seasonId}|${entry.wallet}|${entry.ruleId}|${entry.ruleVersion}|${entry.day}`
    const existing = groups.get(key)
    if (existing) existing.group.points = existing.group.points.plus(entry.points)
    else groups.set(key, { group: { seasonId: entry.seasonId, wallet: entry.wallet, activityType: entry.activityType, points: new Points(entry.points) }, cap: entry.dailyCap === null ? null : new Points(entry.dailyCap) })
  }
  return [...groups.values()].map(({ group, cap }) => (cap && group.points.greaterThan(cap) ? { ...group, points: cap } : group))
}

export interface Standing {
  holder: string
  points: Points
}

/** A season's totals per holder (the wallet activities resolve to), best first, ties by address ascending. */
export function seasonStandings(entries: readonly Entry[], seasonId: number, holderOf: (wallet: string) => string = (wallet) => wallet): Standing[] {
  const totals = new Map<string, Points>()
  for (const group of cappedGroups(entries.filter((entry) => entry.seasonId === seasonId))) {
    const holder = holderOf(group.wallet)
    totals.set(holder, (totals.get(holder) ?? ZERO).plus(group.points))
  }
  return [...totals].map(([holder, points]) => ({ holder, points })).sort(compareStandings)
}

export const compareStandings = (a: Standing, b: Standing): number => b.points.comparedTo(a.points) || (a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : 0)
