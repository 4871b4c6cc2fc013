/** The Payload secret: PAYLOAD_SECRET when set; in development a random one kept under DATA_DIR. */
import { hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { env } from './env'

export function payloadSecret(): string {
  const { PAYLOAD_SECRET, DATA_DIR, NODE_ENV } = env()
  if (PAYLOAD_SECRET) return PAYLOAD_SECRET
  // Nothing is signed while `next build` collects pages; the real secret is read again at runtime.
  if (process.env.NEXT_PHASE === 'phase-production-build') return 'build-phase-placeholder-secret-not-used'
  if (NODE_ENV === 'production') throw new Error('Invalid environment: PAYLOAD_SECRET is required when NODE_ENV=production')
  // Kept on disk so admin sessions survive restarts of the development server.
  const file = path.resolve(DATA_DIR, 'payload-secret')
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    const secret = randomBytes(32).toString('hex')
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}

/** Whether a presented secret (a token, a signature) equals the expected one, in time that does not tell how close it was. */
export function secretsEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

const derivedKeys = new Map<string, { secret: string; key: Buffer }>()

/**
 * A key for one use (`purpose`, with its scheme version), derived from the Payload secret with HKDF: a signature made
 * for one purpose is never valid for another, and a scheme is rotated by changing its version.
 */
export function derivedKey(purpose: string): Buffer {
  const secret = payloadSecret()
  let derived = derivedKeys.get(purpose)
  if (derived?.secret !== secret) derivedKeys.set(purpose, (derived = { secret, key: Buffer.from(hkdfSync('sha256', secret, 'playbook', purpose, 32)) }))
  return derived.key
}
