// Admin sessions: SameSite=Strict always, Secure over HTTPS, and cookies accepted only from the public origin.
import { describe, expect, it } from 'vitest'

import { sessionSecurity } from '@/config/sessionSecurity'

describe('session security', () => {
  it('allows cookies from the public origin only, Secure when it is HTTPS', () => {
    expect(sessionSecurity({ SERVER_URL: 'https://cms.example.com/some/path' })).toEqual({
      serverURL: 'https://cms.example.com',
      csrf: ['https://cms.example.com'],
      cookies: { secure: true, sameSite: 'Strict' },
    })
    expect(sessionSecurity({ SERVER_URL: 'http://localhost:3000' }).cookies).toEqual({ secure: false, sameSite: 'Strict' })
  })

  it('keeps Strict cookies without a public origin (development, tests)', () => {
    expect(sessionSecurity({ SERVER_URL: undefined })).toEqual({ serverURL: undefined, csrf: [], cookies: { secure: false, sameSite: 'Strict' } })
  })
})
