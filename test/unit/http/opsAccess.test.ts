// Operators' views need the OPS_TOKEN; without one configured they are open in development only.
import { describe, expect, it } from 'vitest'

import { opsAuthorized, requireOps } from '@/http/opsAccess'

const headers = (authorization?: string) => new Headers(authorization ? { authorization } : {})
const TOKEN = 'ops-token-ops-token-ops-token-0123456789'

describe('operators access', () => {
  it('needs the exact bearer token when OPS_TOKEN is set, in any environment', () => {
    for (const NODE_ENV of ['production', 'development'] as const) {
      const config = { OPS_TOKEN: TOKEN, NODE_ENV }
      expect(opsAuthorized(headers(`Bearer ${TOKEN}`), config)).toBe(true)
      expect(opsAuthorized(headers(), config)).toBe(false)
      expect(opsAuthorized(headers(`Bearer ${TOKEN}x`), config)).toBe(false)
      expect(opsAuthorized(headers(TOKEN), config)).toBe(false)
    }
  })

  it('is open in development and closed in production without OPS_TOKEN', () => {
    expect(opsAuthorized(headers(), { OPS_TOKEN: undefined, NODE_ENV: 'development' })).toBe(true)
    expect(opsAuthorized(headers('Bearer anything'), { OPS_TOKEN: undefined, NODE_ENV: 'production' })).toBe(false)
    expect(() => requireOps(headers(), { OPS_TOKEN: undefined, NODE_ENV: 'production' })).toThrow(expect.objectContaining({ kind: 'Unauthorized', code: 'ops.token_required' }))
  })
})
