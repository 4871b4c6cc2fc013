/**
 * API keys of the internal services that report activities. Only a sha256 of each key is stored (a key is 256
 * random bits, so a fast hash is enough); the plain key is shown to the admin once, when it is created.
 */
import { createHash, randomBytes } from 'node:crypto'

import { unauthorized } from '../errors'
import type { Sql } from './db'

export const API_KEY_PATTERN = /^pbk_[A-Za-z0-9_-]{43}$/

export const generateApiKey = (): string => `pbk_${randomBytes(32).toString('base64url')}`

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex')

/** How long a replica trusts a key it has checked: a revocation reaches every replica within this. */
const CACHE_MS = 5_000
const CACHE_MAX = 1_000

export class ApiKeyVerifier {
  private readonly cache = new Map<string, { id: number; until: number }>()

  constructor(
    private readonly db: () => Promise<Sql>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The key's id from an `Authorization: Bearer <key>` header; 401 when missing, malformed, unknown or revoked. */
  async verify(authorization: string | null): Promise<number> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
    if (!match) throw unauthorized('rewards.api_key_missing', { detail: 'Send the API key as "Authorization: Bearer <key>".' })
    const key = match[1]!
    if (!API_KEY_PATTERN.test(key)) throw unauthorized('rewards.api_key_invalid', { detail: 'The API key is not valid.' })
    const hash = hashApiKey(key)
    const cached = this.cache.get(hash)
    if (cached && cached.until > this.now()) return cached.id
    const db = await this.db()
    const { rows } = await db.query<{ id: number }>('select id from api_keys where key_hash = $1 and not coalesce(revoked, false)', [hash])
    const id = rows[0]?.id
    if (id === undefined) {
      this.cache.delete(hash)
      throw unauthorized('rewards.api_key_invalid', { detail: 'The API key is not valid.' })
    }
    if (this.cache.size >= CACHE_MAX) this.cache.clear()
    this.cache.set(hash, { id, until: this.now() + CACHE_MS })
    return id
  }
}
