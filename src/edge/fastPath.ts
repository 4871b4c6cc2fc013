/**
 * Answers warm mobile-API hits before Next's request machinery, and before the edge work a request passed on needs
 * (client identity, a `traceparent` for the handlers, a finish listener): a hit is a key, a map lookup and one
 * `writeHead` of a header block kept with the entry. Misses, and anything a hit cannot answer, go on to the edge.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { performance } from 'node:perf_hooks'

import { LRUCache } from 'lru-cache'

import { traceIdFrom } from '../log/context'
import { logger } from '../log/logger'
import { type RequestDurations, routeOf } from '../metrics/http'
import { CLIENT_COUNTRY_HEADER } from '../http/audienceHeaders'
import { STALE_WARNING } from '../http/cachedJson'
import { type CachedResponse, canonicalTarget, type HeaderSource, keyForTarget, matchesEtag, type ResponseCache } from '../http/responseCache'
import { derivedFrom } from '../utilities/derivedFrom'
import { EXPOSED_HEADERS } from './cors'
import { MAX_URI_LENGTH } from './uriLimit'

export interface FastPathEdge {
  corsOrigins: ReadonlySet<string>
  durations: () => RequestDurations | undefined
  /** The client's country as the edge believes it (see country.ts), or null. */
  country: (req: IncomingMessage) => string | null
  /** The client's identity, for the debug log line. */
  client: (req: IncomingMessage) => string
}

const NO_EDGE: FastPathEdge = { corsOrigins: new Set(), durations: () => undefined, country: () => null, client: () => 'unknown' }

/** Returns true when it answered the request (200 or 304 from the response cache). */
export function serveFastPath(cache: ResponseCache | undefined, req: IncomingMessage, res: ServerResponse, edge: FastPathEdge = NO_EDGE): boolean {
  const url = req.url
  if (!cache || req.method !== 'GET' || !url || !url.startsWith('/api/v1/') || url.length > MAX_URI_LENGTH) return false
  // Before the first snapshot there are no rules to sign with: the route handler waits for them.
  const rules = cache.signed ? cache.audience.latest() : undefined
  if (cache.signed && !rules) return false
  const started = performance.now()
  const target = targetOf(url)
  const headers = req.headers
  const source: HeaderSource = { get: (name) => (name === CLIENT_COUNTRY_HEADER ? edge.country(req) : first(headers[name])) }
  const entry = cache.peek(keyForTarget(target.key, source, rules))
  if (!entry) return false
  cache.counters.fastPathHits++
  cache.counters.hits++
  const traceparent = headers.traceparent
  const traceId = traceIdFrom(typeof traceparent === 'string' ? traceparent : undefined)
  const block = [...headerBlock(entry), 'x-trace-id', traceId]
  const origin = headers.origin
  if (origin && edge.corsOrigins.has(origin)) block.push('access-control-allow-origin', origin, 'access-control-expose-headers', EXPOSED_HEADERS)
  let status = entry.status
  if (matchesEtag(first(headers['if-none-match']), entry.etag)) {
    cache.counters.notModified++
    status = 304
    res.writeHead(304, block).end()
  } else {
    block.push('content-length', String(entry.body.length))
    res.writeHead(status, block).end(entry.body)
  }
  // The bytes are with the socket: what the request cost this process is known now, no finish listener needed.
  const ms = performance.now() - started
  const durations = edge.durations()
  if (durations) durations.observe(target.route, 'GET', status === 304 ? '3xx' : '2xx', ms / 1000)
  if (logger.isLevelEnabled('debug')) logger.debug({ traceId, client: edge.client(req), method: 'GET', path: target.path, status, ms: Math.round(ms * 10) / 10 }, 'request')
  return true
}

interface Target {
  /** `GET` and the canonical path and query: the URL's part of the response-cache key. */
  key: string
  path: string
  route: string
}

// Clients repeat a small set of URLs: parsing and canonicalising each once keeps URL work off the hit path. An
// attacker's distinct URLs only cycle this bounded map.
const targets = new LRUCache<string, Target>({ max: 10_000 })

function targetOf(rawUrl: string): Target {
  let target = targets.get(rawUrl)
  if (!target) {
    const url = new URL(rawUrl, 'http://fast.path')
    target = { key: `GET ${canonicalTarget(url)}`, path: url.pathname, route: routeOf(url.pathname) }
    targets.set(rawUrl, target)
  }
  return target
}

// The headers an entry is sent with, built once per entry (entries are immutable once stored).
const headerBlock = derivedFrom((entry: CachedResponse): readonly string[] => {
  const headers = ['content-type', entry.contentType, 'etag', entry.etag, 'cache-control', entry.cacheControl, 'vary', entry.vary, 'x-cache', 'hit']
  if (entry.configVersion !== undefined) headers.push('x-config-version', String(entry.configVersion))
  if (entry.stale) headers.push('warning', STALE_WARNING)
  return headers
})

function first(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null)
}
