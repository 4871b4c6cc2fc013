/** Request limits of the public API, per client (the identity the edge assigns, see edge/clientIdentity.ts). */
import { CLIENT_IP_HEADER } from '../../edge/requestLog'
import type { RateLimit, RateLimiter } from '../../http/rateLimit'
import { routeOf } from '../../metrics/http'

/**
 * What a client may make the app build (a response-cache miss: market data reads, maybe upstream calls) per 10 s,
 * on every route that can miss. Hits cost nothing and are not counted. Enough for any app screen flow; a flood of
 * distinct (e.g. unknown) slugs from one client is refused long before it spends the upstream budget.
 */
export const missLimit = (perTenSeconds: number): RateLimit => ({ name: 'miss', limit: perTenSeconds, windowMs: 10_000 })

/** The response cache's `onMiss` for a request: counts the build it is about to start against its client. */
export const countMiss = (limits: RateLimiter, request: Request) => (cost = 1) => limits.check(limits.missLimit, clientAddress(request), routeOf(new URL(request.url).pathname), cost)

/**
 * The miss count as an admission, for a build whose market reads carry it: owed once the response cache misses (its
 * `owe` is the `onMiss`), then made by the build's first cache read in that read's Redis round trip.
 */
export const missAdmission = (limits: RateLimiter, request: Request) => limits.admission(limits.missLimit, clientAddress(request), routeOf(new URL(request.url).pathname), { onMiss: true })

/** Search fans out to the upstream on a miss: 120 per client per 10 s, well above what the app sends. */
export const SEARCH_LIMIT: RateLimit = { name: 'search', limit: 120, windowMs: 10_000 }

/**
 * Activity ingestion, per calling address, counted before the API key is checked (so key guessing is limited too):
 * 600 requests per 10 s, i.e. up to 30,000 activities/s in batches of 500, several times what one replica ingests.
 */
export const INGEST_LIMIT: RateLimit = { name: 'ingest', limit: 600, windowMs: 10_000 }

/** Activity ingestion per API key, after it is verified: the same budget, so a key spread over many addresses gets no more. */
export const INGEST_KEY_LIMIT: RateLimit = { name: 'ingest-key', limit: 600, windowMs: 10_000 }

/** Reads of Payload's REST API per client per 10 s (`PAYLOAD_REST_LIMIT`): the admin of a busy editor makes a few dozen. */
export const payloadRestLimit = (perTenSeconds: number): RateLimit => ({ name: 'payload', limit: perTenSeconds, windowMs: 10_000 })

export const clientAddress = (request: Request): string => request.headers.get(CLIENT_IP_HEADER) ?? 'unknown'
