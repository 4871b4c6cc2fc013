/** Explore time windows as half-open UTC intervals [start, end): an event ending exactly at `end` is outside. */
import type { TimeWindow } from '../content/types'

export interface Interval {
  start: Date
  end: Date
}

const DAY_MS = 86_400_000

export function windowBounds(window: TimeWindow, now: Date): Interval {
  const year = now.getUTCFullYear()
  const month = now.getUTCMonth()
  const midnight = Date.UTC(year, month, now.getUTCDate())
  switch (window.kind) {
    case 'today':
      return { start: new Date(midnight), end: new Date(midnight + DAY_MS) }
    case 'this-week': {
      // ISO week: Monday 00:00 UTC. getUTCDay() is 0 for Sunday, which belongs to the week that began six days before.
      const sinceMonday = (now.getUTCDay() + 6) % 7
      const monday = midnight - sinceMonday * DAY_MS
      return { start: new Date(monday), end: new Date(monday + 7 * DAY_MS) }
    }
    case 'this-month':
      return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)) }
    case 'custom':
      return { start: new Date(window.start), end: new Date(window.end) }
  }
}

/** A custom window with unreadable dates matches nothing and must not narrow an upstream query. */
export function isValidInterval(interval: Interval): boolean {
  return !Number.isNaN(interval.start.getTime()) && !Number.isNaN(interval.end.getTime())
}

export function inInterval(time: number, interval: Interval): boolean {
  return time >= interval.start.getTime() && time < interval.end.getTime()
}
