/** Save-time rules for an explore tag's time window and visibility ranges. */
import semver from 'semver'

interface Data {
  kind?: string
  timeWindow?: string | null
  windowStart?: string | null
  windowEnd?: string | null
}

/** A time-period tag needs a window; a custom window needs both ends, in order. */
export function validateWindow(value: unknown, { data }: { data: Data }): true | string {
  if (data?.kind !== 'time-period') return true
  if (!value) return 'A time-period tag needs a time window.'
  if (value !== 'custom') return true
  if (!data.windowStart || !data.windowEnd) return 'A custom window needs both a start and an end.'
  return Date.parse(data.windowStart) < Date.parse(data.windowEnd) ? true : 'The window must start before it ends.'
}

interface Visibility {
  minAppVersion?: string | null
  visibleFrom?: string | null
}

/** A valid semver, not below the min version beside it. */
export function validateMaxVersion(value: unknown, { siblingData }: { siblingData: Visibility }): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !semver.valid(value)) return `"${String(value)}" is not a valid app version: use semver, e.g. "4.2.0".`
  const min = siblingData?.minAppVersion
  if (min && semver.valid(min) && semver.gt(min, value)) return `Max app version ${value} is below min app version ${min}.`
  return true
}

/** Visible until comes after visible from. */
export function validateVisibleUntil(value: unknown, { siblingData }: { siblingData: Visibility }): true | string {
  if (!value || !siblingData?.visibleFrom) return true
  return Date.parse(String(siblingData.visibleFrom)) < Date.parse(String(value)) ? true : 'Visible until must be after visible from.'
}
