/** Signed, expiring preview links: a QA reviewer without an admin session can open one page until it expires. */
import { createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../config/secret'

const sign = (path: string, expires: number) => createHmac('sha256', payloadSecret()).update(`${path}\n${expires}`).digest('base64url')

/** `?preview=<expires>.<signature>` for `path`, valid for `ttlSeconds`. */
export function previewToken(path: string, ttlSeconds = 3_600, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + ttlSeconds
  return `${expires}.${sign(path, expires)}`
}

export function verifyPreviewToken(path: string, token: string | undefined, now = Date.now()): boolean {
  if (!token) return false
  const [rawExpires, signature] = token.split('.')
  const expires = Number(rawExpires)
  if (!Number.isInteger(expires) || !signature || expires * 1000 < now) return false
  const expected = Buffer.from(sign(path, expires))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
