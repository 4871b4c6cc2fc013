/**
 * Platforms and app versions: declared and parsed here once, for the request headers, the preview's switches, the
 * content model's options and bounds, the audience rules and the OpenAPI document.
 */
import semver from 'semver'

/** The platforms the app ships on. */
export const PLATFORMS = ['ios', 'android', 'web'] as const
export type Platform = (typeof PLATFORMS)[number]

/** `ios`, `Android`, … as a platform; anything else is null. */
export function parsePlatform(value: string | null | undefined): Platform | null {
  const lower = value?.toLowerCase() ?? ''
  return (PLATFORMS as readonly string[]).includes(lower) ? (lower as Platform) : null
}

/** Strict semver first; `3.1` or `v3.1.0` are read leniently, since app builds do send them. Else null. */
export function parseAppVersion(value: string | null | undefined): string | null {
  if (!value) return null
  return semver.valid(value) ?? semver.valid(semver.coerce(value))
}
