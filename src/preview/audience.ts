/** The audience a preview renders for, from the page's query (the platform and version switch at the top of each page). */
import { DEFAULT_ODDS_FORMAT, parseOddsFormat } from '../display/odds'
import { parseCountry, parseInstallId } from '../domain/country'
import { parseAppVersion, parsePlatform } from '../domain/platform'
import type { Audience } from '../screens/audience'
import type { SearchParams } from './token'

export type { SearchParams }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * Unset or unreadable switches preview the newest iOS build. `country` (ISO alpha-2) and `install` (an install id, e.g.
 * a QA device's) preview audience rules; unset, the country is unknown and no partial rollout includes the preview.
 */
export function previewAudience(params: SearchParams): Audience {
  return {
    platform: parsePlatform(first(params.platform)) ?? 'ios',
    appVersion: parseAppVersion(first(params.version)) ?? '99.0.0',
    oddsFormat: parseOddsFormat(first(params.odds)) ?? DEFAULT_ODDS_FORMAT,
    country: parseCountry(first(params.country)),
    installId: parseInstallId(first(params.install)),
  }
}

/** The switches a link from one preview screen to another keeps: audience, configuration, moment and the signed-link token. */
export const PREVIEW_SWITCHES = ['platform', 'version', 'odds', 'country', 'install', 'which', 'release', 'at', 'preview'] as const

/** `?platform=…&…` with the switches that are set, for links between preview screens; '' when none is. */
export const previewQuery = (params: SearchParams): string => {
  const query = new URLSearchParams()
  for (const key of PREVIEW_SWITCHES) {
    const value = first(params[key])
    if (value) query.set(key, value)
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** The page's own query without the token and without empty values: what a new signed link to this page signs. */
export function linkParams(params: SearchParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) {
    const one = first(value)
    if (key !== 'preview' && one) out[key] = one
  }
  return out
}
