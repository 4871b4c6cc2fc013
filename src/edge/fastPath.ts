/**
 * Answers warm mobile-API hits before Next's request machinery: a response-cache hit costs a map lookup and a
 * socket write here, against ~1 ms of framework work per request in a route handler. Misses go to Next.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { STALE_WARNING } from '../http/cachedJson'
import { matchesEtag, type ResponseCache, responseCacheKey } from '../http/responseCache'

export function serveFastPath(cache: ResponseCache | undefined, req: IncomingMessage, res: ServerResponse): boolean {
  if (!cache || req.method !== 'GET' || !req.url?.startsWith('/api/v1/')) return false
  const url = new URL(req.url, 'http://fast.path')
  // Before the first snapshot there are no rules to sign with: the route handler waits for them.
  const rules = cache.signed ? cache.audience.latest() : undefined
  if (cache.signed && !rules) return false
  const entry = cache.peek(responseCacheKey('GET', url, { get: (name) => header(req, name) }, rules))
  if (!entry) return false
  cache.counters.fastPathHits++
  cache.counters.hits++
  const headers: Record<string, string> = { 'content-type': entry.contentType, etag: entry.etag, 'cache-control': entry.cacheControl, vary: entry.vary, 'x-cache': 'hit' }
  if (entry.configVersion !== undefined) headers['x-config-version'] = String(entry.configVersion)
  if (entry.stale) headers.warning = STALE_WARNING
  if (matchesEtag(header(req, 'if-none-match'), entry.etag)) {
    cache.counters.notModified++
    res.writeHead(304, headers).end()
    return true
  }
  res.writeHead(entry.status, { ...headers, 'content-length': entry.body.length }).end(entry.body)
  return true
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name]
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null)
}
