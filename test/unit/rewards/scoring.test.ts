// Scoring examples: the formula, windows, season and rule bounds, and the rule version on every entry.
import { describe, expect, it } from 'vitest'

import { scoreActivity, seasonRulesVersion } from '@/rewards/scoring'
import { seasonStandings } from '@/rewards/standings'

import { RULES, SEASON, rule, scoring } from './fixtures'

const wallet = '0x' + 'a'.repeat(40)
const at = (iso: string, type = 'trade', amount: string | null = '10') => ({ type, wallet, occurredAt: iso, amount })

describe('scoreActivity', () => {
  it('pays base + per unit × amount, exactly', () => {
    const [entry] = scoreActivity(at('2026-01-10T12:00:00.000Z', 'trade', '0.3'), scoring())
    // 1 + 0.1 × 0.3 = 1.03 (as floats: 1.0300000000000000266)
    expect(entry).toMatchObject({ seasonId: SEASON.id, points: '1.03', multiplier: '1', dailyCap: '50', ruleId: 1, ruleVersion: RULES[0]!.version, day: '2026-01-10' })
  })

  it('keeps 18-decimal amounts exact', () => {
    const [entry] = scoreActivity(at('2026-01-10T00:00:00.000Z', 'deposit', '123456789012345678901234567890.123456789012345678'), scoring())
    expect(entry!.points).toBe('864197523086419752308641975.530864197523086419746')
  })

  it('multiplies inside a window [start, end) only', () => {
    const s = scoring()
    expect(scoreActivity(at('2026-01-31T23:59:59.999Z'), s)[0]!.points).toBe('2')
    expect(scoreActivity(at('2026-02-01T00:00:00.000Z'), s)[0]).toMatchObject({ points: '5', multiplier: '2.5' })
    expect(scoreActivity(at('2026-02-03T00:00:00.000Z'), s)[0]!.points).toBe('2')
  })

  it('scores nothing outside the season or the rule window, or without a rule', () => {
    const s = scoring()
    expect(scoreActivity(at('2025-12-31T23:59:59.999Z'), s)).toEqual([])
    expect(scoreActivity(at('2026-04-01T00:00:00.000Z'), s)).toEqual([])
    expect(scoreActivity(at('2026-02-28T23:59:59.999Z', 'referral', null), s)[0]!.points).toBe('50')
    expect(scoreActivity(at('2026-03-01T00:00:00.000Z', 'referral', null), s)).toEqual([])
    expect(scoreActivity(at('2026-01-10T00:00:00.000Z', 'prediction_won'), s)).toEqual([])
  })

  it('scores in every season that covers the activity, once per season', () => {
    const other = { ...SEASON, id: 8, slug: 'world-cup', startsAt: '2026-01-05T00:00:00.000Z', endsAt: '2026-01-20T00:00:00.000Z' }
    const s = scoring([...RULES, rule({ id: 9, seasonSlug: 'world-cup', basePoints: '3', pointsPerUnit: '0' })], [SEASON, other])
    expect(scoreActivity(at('2026-01-10T00:00:00.000Z'), s).map((entry) => [entry.seasonId, entry.points])).toEqual([
      [7, '2'],
      [8, '3'],
    ])
  })
})

describe('rule bounds and selection', () => {
  it('starts a rule at the later of season start and its own, ends it at the earlier end', () => {
    const s = scoring([rule({ id: 5, effectiveFrom: '2025-06-01T00:00:00.000Z', effectiveUntil: '2026-01-15T00:00:00.000Z' }), rule({ id: 6, activityType: 'deposit', effectiveFrom: '2026-01-20T00:00:00.000Z' })])
    expect(scoreActivity(at('2026-01-01T00:00:00.000Z'), s)).toHaveLength(1)
    expect(scoreActivity(at('2026-01-14T23:59:59.999Z'), s)).toHaveLength(1)
    expect(scoreActivity(at('2026-01-15T00:00:00.000Z'), s)).toEqual([])
    expect(scoreActivity(at('2026-01-19T23:59:59.999Z', 'deposit'), s)).toEqual([])
    expect(scoreActivity(at('2026-01-20T00:00:00.000Z', 'deposit'), s)).toHaveLength(1)
  })

  it('scores one season only when asked, and lets the first of two overlapping rules win', () => {
    const other = { ...SEASON, id: 8, slug: 'world-cup' }
    const s = scoring([...RULES, rule({ id: 9, seasonSlug: 'world-cup', basePoints: '3', pointsPerUnit: '0' }), rule({ id: 10, basePoints: '99' })], [SEASON, other])
    expect(scoreActivity(at('2026-01-10T00:00:00.000Z'), s, 8).map((entry) => [entry.seasonId, entry.ruleId])).toEqual([[8, 9]])
    expect(scoreActivity(at('2026-01-10T00:00:00.000Z'), s, 7).map((entry) => entry.ruleId)).toEqual([1])
  })

  it('drops rules of a season that is not published, and lists the seasons', () => {
    const s = scoring([rule({ id: 11, seasonSlug: 'gone' })])
    expect(s.rules).toEqual([])
    expect(s.seasons).toEqual([{ id: 7, slug: 'season-7', name: 'Season 7', startsAt: SEASON.startsAt, endsAt: SEASON.endsAt }])
  })

  it('fingerprints what scores a season: its bounds and its rules’ versions, in any order, nothing of other seasons', () => {
    const other = { ...SEASON, id: 8, slug: 'world-cup' }
    const base = scoring([rule({ id: 2, version: 'b' }), rule({ id: 1, version: 'a' }), rule({ id: 3, seasonSlug: 'world-cup' })], [SEASON, other])
    expect(seasonRulesVersion(base, 7)).toBe(JSON.stringify([SEASON.startsAt, SEASON.endsAt, ['1@a', '2@b']]))
    const reordered = scoring([rule({ id: 1, version: 'a' }), rule({ id: 2, version: 'b' }), rule({ id: 3, seasonSlug: 'world-cup', version: 'z' })], [SEASON, other])
    expect(seasonRulesVersion(reordered, 7)).toBe(seasonRulesVersion(base, 7))
    expect(seasonRulesVersion(scoring([rule({ id: 1, version: 'a2' }), rule({ id: 2, version: 'b' })]), 7)).not.toBe(seasonRulesVersion(base, 7))
    expect(seasonRulesVersion(scoring([rule({ id: 1, version: 'a' }), rule({ id: 2, version: 'b' })], [{ ...SEASON, endsAt: '2026-05-01T00:00:00.000Z' }]), 7)).not.toBe(seasonRulesVersion(base, 7))
    expect(seasonRulesVersion(base, 99)).toBe(JSON.stringify([null, null, []]))
  })
})

describe('seasonStandings', () => {
  it('caps each wallet, rule version and UTC day, and adds the rest', () => {
    const s = scoring()
    const entries = [
      ...Array.from({ length: 30 }, () => scoreActivity(at('2026-01-10T01:00:00.000Z'), s)[0]!), // 30 × 2, capped at 50
      scoreActivity(at('2026-01-10T23:59:59.999Z', 'deposit', '1'), s)[0]!, // 0.307
      scoreActivity(at('2026-01-11T00:00:00.000Z'), s)[0]!, // next day: 2
    ]
    expect(seasonStandings(entries, SEASON.id).map((row) => [row.holder, row.points.toFixed()])).toEqual([[wallet, '52.307']])
  })

  it('orders by points, then by address', () => {
    const s = scoring()
    const entry = (address: string, amount: string) => scoreActivity({ ...at('2026-01-10T00:00:00.000Z', 'trade', amount), wallet: address }, s)[0]!
    const [a, b, c] = ['0x' + '1'.repeat(40), '0x' + '2'.repeat(40), '0x' + '3'.repeat(40)]
    expect(seasonStandings([entry(c, '10'), entry(b, '20'), entry(a, '10')], SEASON.id).map((row) => row.holder)).toEqual([b, a, c])
  })
})
