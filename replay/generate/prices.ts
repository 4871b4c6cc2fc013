/** Outcome prices as the upstream spells them: decimal strings that always sum to exactly 1. */
import type { Rng } from './prng'

const SCALE = 10n ** 40n

function trimDecimal(integerPart: bigint, fraction: string): string {
  const trimmed = fraction.replace(/0+$/, '')
  return trimmed ? `${integerPart}.${trimmed}` : `${integerPart}`
}

/** Two prices in thousandths ("0.455", "0.545"), computed on integers so the pair sums to 1 exactly. */
export function pricePair(probability: number): [string, string] {
  const first = Math.min(999, Math.max(1, Math.round(probability * 1000)))
  const format = (thousandths: number) => trimDecimal(0n, String(thousandths).padStart(3, '0'))
  return [format(first), format(1000 - first)]
}

/**
 * Two prices with 40 decimal digits, like the upstream's resolved AMM markets
 * ("0.0000004113679809846114013590098187297978"); clients must not parse them as floats and expect round numbers.
 */
export function longPricePair(probability: number, rng: Rng): [string, string] {
  const head = BigInt(Math.min(999_999_999_999_999, Math.max(1, Math.round(probability * 1e15))))
  const numerator = head * 10n ** 25n + BigInt(rng.digits(24))
  const complement = SCALE - numerator
  const format = (value: bigint) => trimDecimal(value / SCALE, (value % SCALE).toString().padStart(40, '0'))
  return [format(numerator), format(complement)]
}

/** A resolved market: the winner at "1", every other outcome at "0". */
export function resolvedPrices(outcomeCount: number, winner: number): string[] {
  return Array.from({ length: outcomeCount }, (_, index) => (index === winner ? '1' : '0'))
}

/** The upstream's JSON-in-a-string spelling, with its `", "` separator. */
export function encodeList(values: readonly string[]): string {
  return `[${values.map((value) => JSON.stringify(value)).join(', ')}]`
}

/** A money amount as the upstream's decimal string (up to 6 decimals, no trailing zeros). */
export function decimalString(amount: number): string {
  const [whole, fraction = ''] = amount.toFixed(6).split('.')
  const trimmed = fraction.replace(/0+$/, '')
  return trimmed ? `${whole}.${trimmed}` : `${whole}`
}
