/**
 * How admin sessions travel: `SameSite=Strict` cookies (never sent on a cross-site request, so no cross-site request
 * acts as a logged-in editor), `Secure` when the public origin (`SERVER_URL`) is HTTPS, and Payload's CSRF
 * allow-list holding only that origin: a cookie-carrying request from any other origin is not authenticated.
 */
import type { Env } from './env'

export interface SessionSecurity {
  serverURL: string | undefined
  csrf: string[]
  cookies: { secure: boolean; sameSite: 'Strict' }
}

export function sessionSecurity(config: Pick<Env, 'SERVER_URL'>): SessionSecurity {
  const origin = config.SERVER_URL ? new URL(config.SERVER_URL).origin : undefined
  return {
    serverURL: origin,
    csrf: origin ? [origin] : [],
    cookies: { secure: origin?.startsWith('https:') ?? false, sameSite: 'Strict' },
  }
}
