/** Upstream date strings (RFC 3339, Postgres text, plain dates) normalised to one UTC ISO-8601 form. */

// One parser instead of Date.parse: engines disagree on Postgres text ("2025-06-10 23:10:00+00") and on more than
// three fractional digits, and a wrong guess silently shifts a kickoff by hours.
const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/

/** `2025-06-10T23:10:00.000Z` for any supported form; undefined when the text is not a valid date. */
export function toUtcIso(value: string): string | undefined {
  const match = PATTERN.exec(value.trim())
  if (!match) return undefined
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined
  // Truncate below milliseconds (upstream sends microseconds); rounding could carry into the next second.
  const millis = fraction.slice(0, 3).padEnd(3, '0')
  const offset = offsetMinutes(zone)
  // Most upstream dates are UTC already: written out as they are, without a Date (a market carries several, and a
  // Date costs more than the rest of this; under Next the constructor is wrapped).
  if (offset === 0) return `${y}-${mo}-${d}T${pad2(h)}:${pad2(mi)}:${pad2(s)}.${millis}Z`
  return new Date(Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s), Number(millis)) - offset * 60_000).toISOString()
}

const pad2 = (digits: string) => (digits.length === 2 ? digits : digits.padStart(2, '0'))

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a month of the proleptic Gregorian calendar (what Date and ISO-8601 use). */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!
}

/** Offset east of UTC in minutes; a time without a zone is UTC (the upstream stores UTC throughout). */
function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'))
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/

/** A calendar day (`2025-06-10`) kept as a day: a league's game day is not an instant. */
export function toCalendarDay(value: string): string | undefined {
  const trimmed = value.trim()
  return CALENDAR_DAY.test(trimmed) && toUtcIso(trimmed) ? trimmed : undefined
}
