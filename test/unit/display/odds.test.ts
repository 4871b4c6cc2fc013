// Odds formats and their rounding, stated once in src/display/odds.ts.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { formatOdds, parseOddsFormat } from '@/display/odds'

describe('odds as the app shows them', () => {
  it('show probability in whole percent, with <1% and >99% at the ends', () => {
    expect(formatOdds('0.615')).toBe('62%')
    expect(formatOdds('0.625')).toBe('63%')
    expect(formatOdds('0.004')).toBe('<1%')
    expect(formatOdds('0.9999999999975190381715306422763198686708')).toBe('>99%')
    expect(formatOdds('0')).toBe('0%')
    expect(formatOdds('1')).toBe('100%')
    expect(formatOdds(null)).toBeNull()
  })

  it('show decimal odds to two places and American odds with their sign', () => {
    expect(formatOdds('0.62', 'decimal')).toBe('1.61')
    expect(formatOdds('0.5', 'decimal')).toBe('2.00')
    expect(formatOdds('0', 'decimal')).toBeNull()
    expect(formatOdds('0.62', 'american')).toBe('-163')
    expect(formatOdds('0.4', 'american')).toBe('+150')
    expect(formatOdds('0.5', 'american')).toBe('-100')
    expect(formatOdds('1', 'american')).toBeNull()
  })

  it('refuse prices outside 0 to 1, and read the format header leniently', () => {
    expect(formatOdds('1.2')).toBeNull()
    expect(formatOdds('-0.1', 'decimal')).toBeNull()
    expect(parseOddsFormat('Decimal')).toBe('decimal')
    expect(parseOddsFormat('fractional')).toBeNull()
  })

  it('keep the order of prices: a higher price never shows lower odds of winning', () => {
    const price = fc.integer({ min: 1, max: 999 }).map((n) => (n / 1000).toFixed(3))
    fc.assert(
      fc.property(price, price, (a, b) => {
        if (Number(a) > Number(b)) {
          expect(Number(formatOdds(a, 'decimal'))).toBeLessThanOrEqual(Number(formatOdds(b, 'decimal')))
          const pct = (p: string) => Number(formatOdds(p)!.replace(/[<>%]/g, ''))
          expect(pct(a)).toBeGreaterThanOrEqual(pct(b))
        }
      }),
    )
  })
})
