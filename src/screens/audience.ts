/**
 * The audience: who is asking (platform and app version, from the `X-Platform` and `X-App-Version` headers or the
 * preview's switches; the country from a trusted CDN header; the install id from `X-Install-Id`) and what they may see.
 *
 * Unknown clients: a restriction is something an editor opts into to protect clients that cannot cope with
 * the content (an old app that crashes on a new layout, a platform without a feature). A client that does not
 * say its platform or version cannot be shown to be safe, so it sees everything without restrictions and
 * nothing that is restricted on the attribute it did not send.
 */
import { createHash } from 'node:crypto'

import semver from 'semver'

import type { AudienceRule, CompiledTag, ContentSnapshot, Visibility } from '../content/types'
import type { OddsFormat } from '../display/odds'
import { type Platform, parseAppVersion } from '../domain/platform'

export interface Audience {
  platform: Platform | null
  /** Semver, e.g. `3.2.1`; null when the header was absent or unreadable. */
  appVersion: string | null
  /** How outcome prices are displayed (`X-Odds-Format`); probability when unset. */
  oddsFormat?: OddsFormat
  /** ISO 3166-1 alpha-2, upper case; null or absent when unknown (no trusted CDN said). */
  country?: string | null
  /** The app install's id (`X-Install-Id`); null or absent when not sent. */
  installId?: string | null
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

function withinVersions(minimum: string | null, maximum: string | null, client: Audience): boolean {
  const min = bound(minimum)
  const max = bound(maximum)
  if (!min && !max) return true
  const version = parseAppVersion(client.appVersion)
  if (!version) return false
  return (!min || semver.gte(version, min)) && (!max || semver.lte(version, max))
}

/**
 * The bounds for every platform, and those for the client's own platform. A client that did not say its platform
 * cannot be shown to meet a per-platform bound, so it sees nothing that has one.
 */
function versionAllowed(visibility: Visibility, client: Audience): boolean {
  if (!withinVersions(visibility.minAppVersion, visibility.maxAppVersion, client)) return false
  const perPlatform = visibility.versions ?? []
  if (perPlatform.length === 0) return true
  if (client.platform === null) return perPlatform.every((entry) => !bound(entry.minAppVersion) && !bound(entry.maxAppVersion))
  return perPlatform.every((entry) => entry.platform !== client.platform || withinVersions(entry.minAppVersion, entry.maxAppVersion, client))
}

/** The rollout bucket of an install for a rule, 0–9999: stable for the pair, independent across rules. */
export function rolloutBucket(ruleKey: string, installId: string): number {
  return createHash('sha256').update(`${ruleKey}:${installId}`).digest().readUInt32BE(0) % 10_000
}

function countryAllowed(countries: NonNullable<AudienceRule['countries']>, country: string | null | undefined): boolean {
  if (!country) return countries.unknown === 'show'
  return countries.codes.includes(country) === (countries.mode === 'allow')
}

/**
 * Does the rule let this client in? A QA device (its install id listed) always; anyone else when their country is
 * allowed and their install falls in the rollout. Without an install id a client is in no partial rollout.
 */
export function audienceAllows(rule: AudienceRule, client: Audience): boolean {
  const installId = client.installId ?? null
  if (installId !== null && rule.installIds.includes(installId)) return true
  if (rule.countries && !countryAllowed(rule.countries, client.country)) return false
  if (rule.rolloutPercent === null || rule.rolloutPercent >= 100) return true
  if (installId === null || rule.rolloutPercent <= 0) return false
  return rolloutBucket(rule.key, installId) < Math.round(rule.rolloutPercent * 100)
}

/**
 * Which of the snapshot's audience rules let this client in, as a compact string (one character per rule, in the
 * snapshot's order): two clients with one signature, platform, version and odds format get the same response, so
 * responses are cached per signature, never per country or install id.
 */
export function audienceSignature(rules: readonly AudienceRule[], client: Audience): string {
  let signature = ''
  for (const rule of rules) signature += audienceAllows(rule, client) ? '1' : '0'
  return signature
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
  return (
    platformAllowed(visibility, client) &&
    versionAllowed(visibility, client) &&
    scheduleAllows(visibility, now) &&
    (!visibility.audience || audienceAllows(visibility.audience, client))
  )
}

/** A tag shows only when it and every ancestor do: hiding a parent hides its subtree. */
export function isTagVisible(snapshot: ContentSnapshot, tag: CompiledTag, client: Audience, now: Date): boolean {
  if (!isVisible(tag.visibility, client, now)) return false
  return tag.ancestorSlugs.every((slug) => {
    const ancestor = snapshot.tags[slug]
    return ancestor === undefined || isVisible(ancestor.visibility, client, now)
  })
}

/**
 * The snapshot with only the display rules this client gets: a market a withheld rule would have claimed falls to
 * the next rule (the default for every sport, else the upstream's wording). The same snapshot when none is withheld.
 */
export function withAudienceDisplayRules(snapshot: ContentSnapshot, client: Audience, now: Date): ContentSnapshot {
  const shown = snapshot.displayRules.filter((rule) => !rule.visibility || isVisible(rule.visibility, client, now))
  return shown.length === snapshot.displayRules.length ? snapshot : { ...snapshot, displayRules: shown }
}
