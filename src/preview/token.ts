/**
 * Signed, expiring preview links: a reviewer without an admin session opens the one page (path and query) a link
 * was issued for, until it expires. The key is derived from the Payload secret with HKDF for this one use and a
 * version, so a preview signature is never a valid signature of anything else and the scheme can be rotated.
 */
import { createHmac } from 'node:crypto'

import { derivedKey, secretsEqual } from '../config/secret'

const VERSION = 'v1'
/** A link lives a day unless its issuer asks for less or more, and never more than a week. */
export const DEFAULT_PREVIEW_TTL_SECONDS = 24 * 3_600
export const MAX_PREVIEW_TTL_SECONDS = 7 * 24 * 3_600

export type SearchParams = Record<string, string | string[] | undefined>

const signingKey = () => derivedKey(`preview-link ${VERSION}`)

/** What a link is for: the path and its query in canonical order, without the token itself. */
export function previewTarget(path: string, params: SearchParams = {}): string {
  const query = Object.entries(params)
    .filter(([name]) => name !== 'preview')
    .flatMap(([name, value]) => (Array.isArray(value) ? value.map((one) => [name, one] as const) : value === undefined ? [] : [[name, value] as const]))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)))
  const text = new URLSearchParams(query as [string, string][]).toString()
  return text ? `${path}?${text}` : path
}

const sign = (target: string, expires: number) => createHmac('sha256', signingKey()).update(`${VERSION}\n${target}\n${expires}`).digest('base64url')

/** `v1.<expires>.<signature>` for `target`, valid for `ttlSeconds` (1 s to 7 days). */
export function previewToken(target: string, ttlSeconds = DEFAULT_PREVIEW_TTL_SECONDS, now = Date.now()): string {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_PREVIEW_TTL_SECONDS) {
    throw new RangeError(`a preview link lives 1 s to ${MAX_PREVIEW_TTL_SECONDS} s, not ${ttlSeconds}`)
  }
  const expires = Math.floor(now / 1000) + ttlSeconds
  return `${VERSION}.${expires}.${sign(target, expires)}`
}

export function verifyPreviewToken(target: string, token: string | undefined, now = Date.now()): boolean {
  if (!token) return false
  const [version, rawExpires, signature] = token.split('.')
  const expires = Number(rawExpires)
  const seconds = Math.floor(now / 1000)
  if (version !== VERSION || !Number.isInteger(expires) || !signature) return false
  // Expired, or claiming a life longer than any link is issued for.
  if (expires < seconds || expires > seconds + MAX_PREVIEW_TTL_SECONDS) return false
  return secretsEqual(signature, sign(target, expires))
}

/** The link itself: the target with `preview=<token>` added. */
export function previewLink(path: string, params: SearchParams, ttlSeconds = DEFAULT_PREVIEW_TTL_SECONDS, now = Date.now()): { url: string; expiresAt: string } {
  const target = previewTarget(path, params)
  const token = previewToken(target, ttlSeconds, now)
  return { url: `${target}${target.includes('?') ? '&' : '?'}preview=${token}`, expiresAt: new Date((Math.floor(now / 1000) + ttlSeconds) * 1000).toISOString() }
}
