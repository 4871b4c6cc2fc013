/** What a route returns: a status, headers and a body serialised once. Kept free of node:http so routes are testable. */

export interface ReplayResponse {
  status: number
  headers: Record<string, string>
  body: string
}

export function json(value: unknown, status = 200): ReplayResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) }
}

export function text(body: string, status = 200): ReplayResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body }
}

/** The upstream's 404 body, captured from the live API. */
export function notFound(): ReplayResponse {
  return json({ type: 'not found error', error: 'id not found' }, 404)
}

export function validationError(message: string): ReplayResponse {
  return json({ type: 'validation error', error: message }, 422)
}

export function internalError(status: number, message: string): ReplayResponse {
  const type = status === 503 ? 'service unavailable' : 'internal error'
  return json({ type, error: message }, status)
}

/** Cloudflare answers an over-limit client with a 429, `Retry-After` and a body that is not JSON. */
export function tooManyRequests(retryAfterSeconds: number): ReplayResponse {
  return {
    status: 429,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(retryAfterSeconds) },
    body: 'error code: 1015',
  }
}
