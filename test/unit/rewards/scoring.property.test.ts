// Scoring is exact and order-independent: totals match a BigInt reference for any activities, in any order.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { CompiledRewardRule } from '@/content/types'
import { Points } from '@/rewards/points'
import { scoreActivity } from '@/rewards/scoring'
import { seasonStandings } from '@/rewards/standings'

import { SEASON, rule, scoring } from './fixtures'

/** A decimal as (integer, scale) and its text; the reference arithmetic works on these with BigInt. */
interface Exact {
  n: bigint
  scale: number
}
const text = ({ n, scale }: Exact): string => {
  const digits = n.toString().padStart(scale + 1, '0')
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`
}
const align = (a: Exact, scale: number): bigint => a.n * 10n ** BigInt(scale - a.scale)
const add = (a: Exact, b: Exact): Exact => {
  const scale = Math.max(a.scale, b.scale)
  return { n: align(a, scale) + align(b, scale), scale }
}
const mul = (a: Exact, b: Exact): Exact => ({ n: a.n * b.n, scale: a.scale + b.scale })
const min = (a: Exact, b: Exact): Exact => {
  const scale = Math.max(a.scale, b.scale)
  return align(a, scale) <= align(b, scale) ? a : b
}
const parse = (value: string): Exact => {
  const [int = '0', frac = ''] = value.split('.')
  return { n: BigInt(int + frac), scale: frac.length }
}

const decimal = (maxInt: number, maxScale: number) =>
  fc.record({ n: fc.bigInt({ min: 0n, max: BigInt(maxInt) * 10n ** BigInt(maxScale) }), scale: fc.constant(maxScale) }).map(text)

const WALLETS = ['0x' + '1'.repeat(40), '0x' + '2'.repeat(40), '0x' + '3'.repeat(40)]
const TYPES = ['trade', 'deposit', 'streak'] as const
const DAY = 86_400_000
const seasonStart = Date.parse(SEASON.startsAt)

const rules = fc.tuple(decimal(20, 3), decimal(5, 4), fc.option(decimal(60, 2), { nil: null }), decimal(4, 2), fc.integer({ min: 0, max: 5 })).map(
  ([base, perUnit, cap, multiplier, windowDay]): CompiledRewardRule[] =>
    TYPES.map((type, index) =>
      rule({
        id: index + 1,
        activityType: type,
        basePoints: base,
        pointsPerUnit: perUnit,
        dailyCap: cap,
        multiplierWindows: [{ startsAt: new Date(seasonStart + windowDay * DAY).toISOString(), endsAt: new Date(seasonStart + (windowDay + 1) * DAY).toISOString(), multiplier }],
      }),
    ),
)

const activity = fc.record({
  type: fc.constantFrom(...TYPES),
  wallet: fc.constantFrom(...WALLETS),
  // A week of the season and a little before it: some fall outside.
  occurredAt: fc.integer({ min: seasonStart - DAY, max: seasonStart + 7 * DAY - 1 }).map((ms) => new Date(ms).toISOString()),
  amount: fc.option(decimal(1_000, 18), { nil: null }),
})

/** The reference: each activity's points in BigInt, capped per wallet/type/day, summed per wallet. */
function reference(ruleList: CompiledRewardRule[], activities: { type: string; wallet: string; occurredAt: string; amount: string | null }[]): Map<string, string> {
  const groups = new Map<string, { wallet: string; sum: Exact; cap: Exact | null }>()
  for (const a of activities) {
    const r = ruleList.find((candidate) => candidate.activityType === a.type)!
    const at = Date.parse(a.occurredAt)
    if (at < seasonStart || at >= Date.parse(SEASON.endsAt)) continue
    const window = r.multiplierWindows.find((w) => at >= Date.parse(w.startsAt) && at < Date.parse(w.endsAt))
    const points = mul(add(parse(r.basePoints), mul(parse(r.pointsPerUnit), parse(a.amount ?? '0'))), parse(window?.multiplier ?? '1'))
    const key = `${a.wallet}|${a.type}|${a.occurredAt.slice(0, 10)}`
    const group = groups.get(key) ?? { wallet: a.wallet, sum: { n: 0n, scale: 0 }, cap: r.dailyCap === null ? null : parse(r.dailyCap) }
    group.sum = add(group.sum, points)
    groups.set(key, group)
  }
  const totals = new Map<string, Exact>()
  for (const group of groups.values()) totals.set(group.wallet, add(totals.get(group.wallet) ?? { n: 0n, scale: 0 }, group.cap ? min(group.sum, group.cap) : group.sum))
  return new Map([...totals].map(([wallet, total]) => [wallet, new Points(text(total)).toFixed()]))
}

describe('scoring properties', () => {
  it('totals equal exact BigInt arithmetic (sums of decimals, caps, windows)', () => {
    fc.assert(
      fc.property(rules, fc.array(activity, { maxLength: 60 }), (ruleList, activities) => {
        const s = scoring(ruleList)
        const entries = activities.flatMap((a) => scoreActivity(a, s))
        const totals = new Map(seasonStandings(entries, SEASON.id).map((row) => [row.holder, row.points.toFixed()]))
        expect(totals).toEqual(reference(ruleList, activities))
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same standings for any order of the same activities', () => {
    fc.assert(
      fc.property(
        rules,
        fc.array(activity, { minLength: 1, maxLength: 60 }).chain((activities) => fc.tuple(fc.constant(activities), fc.shuffledSubarray(activities, { minLength: activities.length, maxLength: activities.length }))),
        (ruleList, [activities, shuffled]) => {
          const s = scoring(ruleList)
          const standings = (list: typeof activities) => seasonStandings(list.flatMap((a) => scoreActivity(a, s)), SEASON.id).map((row) => [row.holder, row.points.toFixed()])
          expect(standings(shuffled)).toEqual(standings(activities))
        },
      ),
      { numRuns: 300 },
    )
  })
})
