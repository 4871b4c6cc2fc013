/**
 * Operational surfaces (health details, metrics) are for operators: they name dependencies, addresses and failure
 * messages. With `OPS_TOKEN` set, they need `Authorization: Bearer <OPS_TOKEN>`; without it they are open in
 * development and closed in production.
 */
import type { Env } from '../config/env'
import { secretsEqual } from '../config/secret'
import { unauthorized } from '../errors'

export function opsAuthorized(headers: { get: (name: string) => string | null }, config: Pick<Env, 'OPS_TOKEN' | 'NODE_ENV'>): boolean {
  if (!config.OPS_TOKEN) return config.NODE_ENV !== 'production'
  return secretsEqual(/^Bearer (.+)$/.exec(headers.get('authorization') ?? '')?.[1] ?? '', config.OPS_TOKEN)
}

export function requireOps(headers: { get: (name: string) => string | null }, config: Pick<Env, 'OPS_TOKEN' | 'NODE_ENV'>): void {
  if (!opsAuthorized(headers, config)) {
    throw unauthorized('ops.token_required', { detail: config.OPS_TOKEN ? 'Send Authorization: Bearer <OPS_TOKEN>.' : 'Set OPS_TOKEN to read this in production.' })
  }
}
