/**
 * The audience from the app's headers: `X-Platform`, `X-App-Version` (semver), `X-Odds-Format` and `X-Install-Id`,
 * all optional, and the country the edge read from a trusted CDN (`CLIENT_COUNTRY_HEADER`).
 */
import { DEFAULT_ODDS_FORMAT, ODDS_FORMATS, parseOddsFormat } from '../display/odds'
import { parseCountry, parseInstallId } from '../domain/country'
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
  const rawInstall = headers.get('x-install-id')
  const installId = rawInstall ? parseInstallId(rawInstall) : null
  if (rawInstall && !installId) throw badRequest('request.invalid_install_id', { detail: 'X-Install-Id must be 1 to 128 visible ASCII characters, such as a UUID.' })
  return { platform, appVersion, oddsFormat, country: parseCountry(headers.get(CLIENT_COUNTRY_HEADER)), installId }
}

/**
 * The client's country as the edge read it from `COUNTRY_HEADER` of a trusted proxy (see edge/country.ts); the edge
 * overwrites or removes whatever a client sent under this name.
 */
export const CLIENT_COUNTRY_HEADER = 'x-playbook-country'

/**
 * The request headers that change a response, for `Vary`: the audience changes the body, and `Origin` the CORS
 * headers (set at the edge, so a cached entry's `Vary` must still name it). With a country header configured, it
 * is named too.
 */
export function audienceVary(countryHeader?: string): string {
  return `Origin, X-Platform, X-App-Version, X-Odds-Format, X-Install-Id${countryHeader ? `, ${countryHeader}` : ''}`
}
