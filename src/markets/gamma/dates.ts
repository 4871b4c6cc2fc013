/** Upstream date strings (RFC 3339, Postgres text, plain dates) normalised to one UTC ISO-8601 form. */

// One parser instead of Date.parse: engines disagree on Postgres text ("2025-06-10 23:10:00+00") and on more than
// three fractional digits, and a wrong guess silently shifts a kickoff by hours.
const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/

/** `2025-06-10T23:10:00.000Z` for any supported form; undefined when the text is not a valid date. */
export function toUtcIso(value: string): string | undefined {
  const match = PATTERN.exec(value.trim())
  if (!match) return undefined
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  // Truncate below milliseconds (upstream sends microseconds); rounding could carry into the next second.
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'))
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis)
  // Date.UTC rolls 2025-02-30 over into March; a real date survives the round trip.
  if (new Date(local).getUTCDate() !== day) return undefined
  const epoch = local - offsetMinutes(zone) * 60_000
  return new Date(epoch).toISOString()
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
