/**
 * Points arithmetic. decimal.js rounds to 20 significant digits by default, which a product of an 18-decimal amount
 * and a fractional rate can exceed; this clone keeps every product and sum of bounded inputs exact.
 */
import Decimal from 'decimal.js'

export const Points = Decimal.clone({ precision: 1_000, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -1_000, toExpPos: 1_000 })
export type Points = InstanceType<typeof Points>

export const ZERO = new Points(0)

/** Plain notation without trailing zeros: the one text form points take in responses, Redis and tests. */
export const pointsText = (value: Points): string => value.toFixed()

/** Parses a decimal read from Postgres (`numeric` comes back as text, possibly with trailing zeros). */
export const fromNumeric = (value: string | null | undefined): Points => new Points(value ?? 0)
