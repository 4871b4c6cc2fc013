/**
 * CORS for the mobile API, for the configured origins only (`CORS_ORIGINS`, comma-separated; none by default: the
 * native apps need none). Applied at the edge so cached fast-path answers carry it too.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** What a browser on an allowed origin may read of a response. */
export const EXPOSED_HEADERS = 'ETag, X-Trace-Id, X-Config-Version, Retry-After'

export function parseOrigins(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(',').map((origin) => origin.trim().replace(/\/$/, '')).filter(Boolean))
}

/** Sets the CORS headers on an /api/v1 response; answers a preflight itself (returns true when it did). */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: Set<string>): boolean {
  if (!req.url?.startsWith('/api/v1/')) return false
  res.appendHeader('vary', 'Origin')
  const origin = req.headers.origin
  if (!origin || !allowed.has(origin)) return false
  res.setHeader('access-control-allow-origin', origin)
  res.setHeader('access-control-expose-headers', EXPOSED_HEADERS)
  if (req.method !== 'OPTIONS') return false
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'Content-Type, Authorization, Idempotency-Key, If-None-Match, X-Platform, X-App-Version, X-Odds-Format, Last-Event-ID',
    'access-control-max-age': '600',
  })
  res.end()
  return true
}
