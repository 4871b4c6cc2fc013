/** Exact decimals as text, the form points, multipliers and amounts take in the CMS and the database. */
import Decimal from 'decimal.js'

const decimalPattern = /^-?(0|[1-9]\d*)(\.\d+)?$/

/** Why a value is not an exact decimal string (or is below `min`), or null when it is fine. */
export function decimalProblem(value: unknown, min?: string): string | null {
  if (typeof value !== 'string') return 'Enter the number as text, e.g. "0.5" (an exact decimal, not a float).'
  if (!decimalPattern.test(value)) return `"${value}" is not an exact decimal: use digits with an optional "." part, e.g. "0.5".`
  if (min !== undefined && new Decimal(value).lessThan(min)) return `Must be at least ${min}.`
  return null
}
