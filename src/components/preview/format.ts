/** How the preview writes moments and which configuration it shows: always in UTC, so every reviewer reads the same. */
import type { PreviewSource } from '../../preview/load'

const dateTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const dayOnly = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' })

/** "Sat 20 Jun, 18:00 UTC". */
export const utcDateTime = (at: string | Date): string => `${dateTime.format(new Date(at))} UTC`

/** "Sat 20 Jun" for a `YYYY-MM-DD` day. */
export const utcDay = (day: string): string => dayOnly.format(new Date(`${day}T00:00:00Z`))

/** The `datetime-local` value of a moment, read as UTC: `2026-06-20T18:00`. */
export const utcInputValue = (at: Date | undefined): string => (at ? at.toISOString().slice(0, 16) : '')

/** The badge: DRAFT, PUBLISHED or RELEASE #id, and "as of … UTC" when the page renders another moment than now. */
export function previewModeLabel(source: PreviewSource): string {
  const which = source.which === 'release' ? `RELEASE #${source.releaseId}` : source.which.toUpperCase()
  return source.at ? `${which} · as of ${source.at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : which
}

/** A stable colour for something without one of its own (a tag without an icon, a team without a colour). */
export function colourOf(key: string): string {
  let hash = 0
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return `hsl(${hash % 360} 45% 38%)`
}
