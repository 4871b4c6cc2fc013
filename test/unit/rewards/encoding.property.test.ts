// Leaderboard members sort exactly: byte order of the encoding is descending numeric order, for any decimals.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { decodePoints, encodePoints, member, parseMember } from '@/rewards/leaderboard/encoding'
import { Points } from '@/rewards/points'

const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 24 }))
  .map(([n, scale]) => new Points(n.toString()).dividedBy(new Points(10).pow(scale)))

const bytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

describe('points encoding', () => {
  it('round-trips', () => {
    fc.assert(
      fc.property(decimal, (points) => {
        expect(decodePoints(encodePoints(points)).points).toBe(points.toFixed())
      }),
    )
  })

  it('orders larger totals first, equal totals by address', () => {
    const address = fc.stringMatching(/^0x[0-9a-f]{40}$/)
    fc.assert(
      fc.property(decimal, decimal, address, address, (a, b, x, y) => {
        const expected = b.comparedTo(a) || bytes(x, y)
        expect(Math.sign(bytes(member(a, x), member(b, y)))).toBe(Math.sign(expected))
        expect(parseMember(member(a, x))).toEqual({ points: a.toFixed(), holder: x })
      }),
      { numRuns: 2_000 },
    )
  })

  it('tells apart totals a double cannot', () => {
    const a = new Points('9007199254740993.1')
    const b = new Points('9007199254740993.10000000000000000001')
    expect(Number(a.toFixed())).toBe(Number(b.toFixed()))
    expect(bytes(encodePoints(b), encodePoints(a))).toBe(-1)
  })
})
