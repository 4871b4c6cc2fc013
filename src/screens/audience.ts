/**
 * The audience: who is asking (platform and app version, from the `X-Platform` and `X-App-Version` headers or the
 * preview's switches) and what they may see.
 *
 * Unknown clients: a restriction is something an editor opts into to protect clients that cannot cope with
 * the content (an old app that crashes on a new layout, a platform without a feature). A client that does not
 * say its platform or version cannot be shown to be safe, so it sees everything without restrictions and
 * nothing that is restricted on the attribute it did not send.
 */
import semver from 'semver'

import type { CompiledTag, ContentSnapshot, Visibility } from '../content/types'
import type { OddsFormat } from '../display/odds'
import { type Platform, parseAppVersion } from '../domain/platform'

export interface Audience {
  platform: Platform | null
  /** Semver, e.g. `3.2.1`; null when the header was absent or unreadable. */
  appVersion: string | null
  /** How outcome prices are displayed (`X-Odds-Format`); probability when unset. */
  oddsFormat?: OddsFormat
}

/** An unreadable bound in stored content is ignored rather than hiding the item from everyone. */
function bound(value: string | null): string | null {
  return value ? parseAppVersion(value) : null
}

/** The client's version is known and at least `minimum` (inclusive); no minimum → true. */
export function meetsMinVersion(client: Audience, minimum: string | null): boolean {
  const min = bound(minimum)
  if (!min) return true
  const version = parseAppVersion(client.appVersion)
  return version !== null && semver.gte(version, min)
}

function versionAllowed(visibility: Visibility, client: Audience): boolean {
  const min = bound(visibility.minAppVersion)
  const max = bound(visibility.maxAppVersion)
  if (!min && !max) return true
  const version = parseAppVersion(client.appVersion)
  if (!version) return false
  return (!min || semver.gte(version, min)) && (!max || semver.lte(version, max))
}

function platformAllowed(visibility: Visibility, client: Audience): boolean {
  if (visibility.platforms.length === 0) return true
  return client.platform !== null && visibility.platforms.includes(client.platform)
}

/** `visibleFrom` inclusive, `visibleUntil` exclusive, like every window in the app. */
function scheduleAllows(visibility: Visibility, now: Date): boolean {
  const at = now.getTime()
  const from = visibility.visibleFrom ? Date.parse(visibility.visibleFrom) : Number.NaN
  const until = visibility.visibleUntil ? Date.parse(visibility.visibleUntil) : Number.NaN
  return (Number.isNaN(from) || at >= from) && (Number.isNaN(until) || at < until)
}

export function isVisible(visibility: Visibility, client: Audience, now: Date): boolean {
  return platformAllowed(visibility, client) && versionAllowed(visibility, client) && scheduleAllows(visibility, now)
}

/** A tag shows only when it and every ancestor do: hiding a parent hides its subtree. */
export function isTagVisible(snapshot: ContentSnapshot, tag: CompiledTag, client: Audience, now: Date): boolean {
  if (!isVisible(tag.visibility, client, now)) return false
  return tag.ancestorSlugs.every((slug) => {
    const ancestor = snapshot.tags[slug]
    return ancestor === undefined || isVisible(ancestor.visibility, client, now)
  })
}
