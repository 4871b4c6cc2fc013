/** The app's client headers: `X-Platform` (ios|android|web) and `X-App-Version` (semver), both optional. */
import semver from 'semver'
import { z } from 'zod'

import { badRequest } from './errors'

export const platformSchema = z.enum(['ios', 'android', 'web'])

export interface ClientHeaders {
  platform: z.infer<typeof platformSchema> | null
  appVersion: string | null
}

/** Reads both headers; a present but malformed one is a 400 naming it. */
export function parseClientHeaders(headers: { get: (name: string) => string | null }): ClientHeaders {
  const rawPlatform = headers.get('x-platform')
  const rawVersion = headers.get('x-app-version')
  let platform: ClientHeaders['platform'] = null
  if (rawPlatform !== null && rawPlatform !== '') {
    const parsed = platformSchema.safeParse(rawPlatform.toLowerCase())
    if (!parsed.success) throw badRequest('request.invalid_platform', { detail: `X-Platform must be ios, android or web, not "${rawPlatform}".` })
    platform = parsed.data
  }
  let appVersion: string | null = null
  if (rawVersion !== null && rawVersion !== '') {
    appVersion = semver.valid(rawVersion)
    if (!appVersion) throw badRequest('request.invalid_app_version', { detail: `X-App-Version must be a semver version such as 4.2.0, not "${rawVersion}".` })
  }
  return { platform, appVersion }
}

/**
 * The request headers that change a response, for `Vary`: the client variant changes the body, and `Origin` the
 * CORS headers (set at the edge, so a cached entry's `Vary` must still name it).
 */
export const CLIENT_VARY = 'Origin, X-Platform, X-App-Version'
