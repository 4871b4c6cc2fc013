/** The upstream's three date spellings, and the whole-day shift that moves the data set to "today". */

const DAY_MS = 86_400_000

/** RFC 3339 as the upstream writes it: `2026-06-20T19:00:00Z` (no milliseconds when there are none). */
export function rfc3339(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z')
}

/** Postgres text form, used by `gameStartTime` and `closedTime`: `2026-06-20 19:00:00+00`. */
export function pgText(date: Date): string {
  return rfc3339(date).replace('T', ' ').replace(/Z$/, '+00')
}

/** A plain date, used by `endDateIso`, `startDateIso` and `eventDate`: `2026-06-20`. */
export function plainDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS)
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000)
}

/** Whole UTC days from `from`'s day to `to`'s day (times of day ignored). */
export function dayDelta(from: Date, to: Date): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate())
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate())
  return Math.round((end - start) / DAY_MS)
}

// Whole-string matches only, so titles, slugs and descriptions that merely contain a date are never touched.
const RFC3339 = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)Z$/
const PG_TEXT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)\+00$/
const PLAIN = /^\d{4}-\d{2}-\d{2}$/

function shiftDay(day: string, days: number): string {
  return plainDate(addDays(new Date(`${day}T00:00:00Z`), days))
}

/** Shifts a date-valued string by whole days, keeping its spelling; any other string comes back unchanged. */
export function shiftDateString(value: string, days: number): string {
  if (days === 0 || value.length < 10 || value.length > 40) return value
  let match = RFC3339.exec(value)
  if (match) return `${shiftDay(match[1]!, days)}T${match[2]}Z`
  match = PG_TEXT.exec(value)
  if (match) return `${shiftDay(match[1]!, days)} ${match[2]}+00`
  if (PLAIN.test(value)) return shiftDay(value, days)
  return value
}

/** Keys that hold free text or identifiers: never shifted even if they happen to look like a date. */
const NOT_DATES = new Set(['id', 'slug', 'ticker', 'title', 'question', 'description', 'label', 'groupItemTitle'])

/** Shifts every date-valued string in a JSON tree, in place. */
export function shiftDatesInPlace(node: unknown, days: number): void {
  if (days === 0 || node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      const item: unknown = node[index]
      if (typeof item === 'string') node[index] = shiftDateString(item, days)
      else shiftDatesInPlace(item, days)
    }
    return
  }
  const record = node as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const value = record[key]
    if (typeof value === 'string') {
      if (!NOT_DATES.has(key)) record[key] = shiftDateString(value, days)
    } else if (value !== null && typeof value === 'object') shiftDatesInPlace(value, days)
  }
}
