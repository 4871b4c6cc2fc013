/** Output formatting shared by every screen: exact decimals as plain strings, instants as UTC ISO-8601. */
import Decimal from 'decimal.js'

/**
 * Plain notation (`toFixed()`), never exponent form: `toString()` would give `5e-7` for a long settled price.
 * Absent, unparseable or non-finite (NaN, Infinity) → null: the contract only carries real numbers.
 */
export function decimalOrNull(value: Decimal.Value | null | undefined): string | null {
  if (value === null || value === undefined) return null
  try {
    const decimal = new Decimal(value)
    return decimal.isFinite() ? decimal.toFixed() : null
  } catch {
    return null
  }
}

/** Absent upstream volume or liquidity means none was recorded. */
export function decimalOrZero(value: Decimal.Value | null | undefined): string {
  return decimalOrNull(value) ?? '0'
}

/** Any parseable instant as `2026-06-20T12:00:00.000Z`; unparseable or absent → null. */
export function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/** A plain calendar day, `YYYY-MM-DD`, as given; anything else → null. */
export function dayOrNull(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null
}

export function timeOf(value: string | null | undefined): number | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : time
}

/** Case- and accent-insensitive form for matching what people type ("selecao" finds "Seleção"). */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}
