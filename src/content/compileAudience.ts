/** Compiles a document's audience fields (its `visibility` group) into the per-platform bounds and the audience rule. Pure. */
import { parseCountry, parseInstallId } from '../domain/country'
import type { Platform } from '../domain/platform'
import type { AudienceRule, PlatformVersions } from './types'

/** The audience fields as stored (`collections/fields/audienceRules.ts`). */
export interface AudienceFields {
  versionsByPlatform?: { platform: Platform; minAppVersion?: string | null; maxAppVersion?: string | null }[] | null
  countryMode?: 'allow' | 'deny' | null
  countries?: string[] | null
  unknownCountry?: 'show' | 'hide' | null
  rolloutPercent?: number | null
  qaInstallIds?: string[] | null
}

export function compilePlatformVersions(fields: AudienceFields | null | undefined): PlatformVersions[] {
  return (fields?.versionsByPlatform ?? [])
    .map((entry) => ({ platform: entry.platform, minAppVersion: entry.minAppVersion || null, maxAppVersion: entry.maxAppVersion || null }))
    .filter((entry) => entry.minAppVersion !== null || entry.maxAppVersion !== null)
}

/**
 * The rule, or null when it restricts nobody (no countries, no partial rollout). An allow-list of no readable
 * country lets no known country in; a deny-list of none denies nobody. `key` names the document, not its content.
 */
export function compileAudienceRule(key: string, fields: AudienceFields | null | undefined): AudienceRule | null {
  const codes = [...new Set((fields?.countries ?? []).flatMap((code) => parseCountry(code) ?? []))].sort()
  const mode = fields?.countryMode ?? null
  const countries = mode === 'allow' || (mode === 'deny' && codes.length > 0) ? { mode, codes, unknown: fields?.unknownCountry ?? 'hide' } : null
  const percent = fields?.rolloutPercent
  const rolloutPercent = typeof percent === 'number' && Number.isFinite(percent) && percent < 100 ? Math.max(0, percent) : null
  if (!countries && rolloutPercent === null) return null
  const installIds = [...new Set((fields?.qaInstallIds ?? []).flatMap((id) => parseInstallId(id) ?? []))]
  return { key, countries, rolloutPercent, installIds }
}
