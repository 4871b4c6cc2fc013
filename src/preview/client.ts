/** The platform and app version a preview renders for, from the page's query (the switch at the top of each page). */
import semver from 'semver'

import type { ClientContext } from '../screens/client'

export type SearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export function previewClient(params: SearchParams): ClientContext {
  const platform = first(params.platform)
  const version = first(params.version)
  return {
    platform: platform === 'ios' || platform === 'android' || platform === 'web' ? platform : 'ios',
    appVersion: (version && semver.valid(version)) || '99.0.0',
  }
}

export const previewQuery = (params: SearchParams): string => {
  const query = new URLSearchParams()
  for (const key of ['platform', 'version', 'preview']) {
    const value = first(params[key])
    if (value) query.set(key, value)
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}
