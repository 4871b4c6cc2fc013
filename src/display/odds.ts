/**
 * Odds as the app shows them, from an outcome's exact price (a probability from 0 to 1). The rounding rules live
 * here and nowhere else:
 * - `probability` (the default): whole percent, half up ("62%"); a price above 0 that would round to 0 shows "<1%",
 *   one below 1 that would round to 100 shows ">99%"; 0 and 1 show "0%" and "100%".
 * - `decimal`: the payout per unit staked, 1 ÷ price, two decimals half up ("1.61"); none for a price of 0.
 * - `american`: for a favourite (price ≥ 0.5) −100 × price ÷ (1 − price), else +100 × (1 − price) ÷ price, whole
 *   numbers half up with the sign ("-163", "+150"); none for 0 or 1.
 * The exact price stays beside it in every response: clients compute with that, never with the display.
 */
import Decimal from 'decimal.js'

export const ODDS_FORMATS = ['probability', 'decimal', 'american'] as const
export type OddsFormat = (typeof ODDS_FORMATS)[number]
export const DEFAULT_ODDS_FORMAT: OddsFormat = 'probability'

/** `probability`, `Decimal`, … as a format; anything else is null. */
export function parseOddsFormat(value: string | null | undefined): OddsFormat | null {
  const lower = value?.toLowerCase() ?? ''
  return (ODDS_FORMATS as readonly string[]).includes(lower) ? (lower as OddsFormat) : null
}

const ONE = new Decimal(1)

/** The display of `price` in `format`, or null when the price is unknown or the format has no value for it. */
export function formatOdds(price: string | null, format: OddsFormat = DEFAULT_ODDS_FORMAT): string | null {
  if (price === null) return null
  const p = new Decimal(price)
  if (!p.isFinite() || p.isNegative() || p.greaterThan(ONE)) return null
  switch (format) {
    case 'probability': {
      const percent = p.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      if (percent.isZero() && !p.isZero()) return '<1%'
      if (percent.equals(100) && !p.equals(ONE)) return '>99%'
      return `${percent.toFixed(0)}%`
    }
    case 'decimal':
      return p.isZero() ? null : ONE.dividedBy(p).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)
    case 'american': {
      if (p.isZero() || p.equals(ONE)) return null
      const favourite = p.greaterThanOrEqualTo(0.5)
      const value = (favourite ? p.times(100).dividedBy(ONE.minus(p)) : ONE.minus(p).times(100).dividedBy(p)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      return favourite ? `-${value.toFixed(0)}` : `+${value.toFixed(0)}`
    }
  }
}
