/** The audience from the app's headers: `X-Platform`, `X-App-Version` (semver) and `X-Odds-Format`, all optional. */
import { DEFAULT_ODDS_FORMAT, ODDS_FORMATS, parseOddsFormat } from '../display/odds'
import { parseAppVersion, parsePlatform, PLATFORMS } from '../domain/platform'
import { badRequest } from '../errors'
import type { Audience } from '../screens/audience'

/** Reads both headers; a present but unreadable one is a 400 naming it. */
export function audienceFromHeaders(headers: { get: (name: string) => string | null }): Audience {
  const rawPlatform = headers.get('x-platform')
  const rawVersion = headers.get('x-app-version')
  const platform = rawPlatform ? parsePlatform(rawPlatform) : null
  if (rawPlatform && !platform) throw badRequest('request.invalid_platform', { detail: `X-Platform must be ${PLATFORMS.join(', ')}, not "${rawPlatform}".` })
  const appVersion = rawVersion ? parseAppVersion(rawVersion) : null
  if (rawVersion && !appVersion) throw badRequest('request.invalid_app_version', { detail: `X-App-Version must be a semver version such as 4.2.0, not "${rawVersion}".` })
  const rawOdds = headers.get('x-odds-format')
  const oddsFormat = rawOdds ? parseOddsFormat(rawOdds) : DEFAULT_ODDS_FORMAT
  if (!oddsFormat) throw badRequest('request.invalid_odds_format', { detail: `X-Odds-Format must be ${ODDS_FORMATS.join(', ')}, not "${rawOdds}".` })
  return { platform, appVersion, oddsFormat }
}

/**
 * The request headers that change a response, for `Vary`: the audience changes the body, and `Origin` the CORS
 * headers (set at the edge, so a cached entry's `Vary` must still name it).
 */
export const AUDIENCE_VARY = 'Origin, X-Platform, X-App-Version, X-Odds-Format'
