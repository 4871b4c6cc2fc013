/** A cacheable JSON GET: served from the response cache when warm, else built, stored and served; 304 on a match. */
import { type CachedResponse, etagOf, matchesEtag, type ResponseCache, responseCacheKey } from './responseCache'

export interface Freshness {
  /** Seconds a client or CDN may reuse the response as is (the data's soft TTL). */
  maxAgeSeconds: number
  /** Seconds it may serve it stale while revalidating (hard TTL minus soft TTL). */
  staleWhileRevalidateSeconds: number
}

/** RFC 7234's warning for a stale response; the body is still complete and valid. */
export const STALE_WARNING = '110 - "Response is Stale"'
const STALE_RESPONSE_TTL_MS = 1_000

export function cacheControl({ maxAgeSeconds, staleWhileRevalidateSeconds }: Freshness): string {
  return `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`
}

/** A view and whether it was built from market data past its soft TTL (a refresh was due or failing). */
export interface Loaded<T = unknown> {
  view: T
  stale: boolean
  /** The slugs of the market events it was built from: the response is dropped when one of them changes. */
  events?: ReadonlySet<string>
  /** The config version of the snapshot it was built from: sent as `X-Config-Version`. */
  configVersion?: number
}

/** A view built from nothing that can be stale (the configuration, the leaderboard). */
export const fresh = <T>(view: T): Loaded<T> => ({ view, stale: false })

export function entryResponse(cache: ResponseCache, entry: CachedResponse, ifNoneMatch: string | null, cacheState: 'hit' | 'miss'): Response {
  const headers = new Headers({
    'content-type': entry.contentType,
    etag: entry.etag,
    'cache-control': entry.cacheControl,
    vary: entry.vary,
    'x-cache': cacheState,
  })
  if (entry.configVersion !== undefined) headers.set('x-config-version', String(entry.configVersion))
  if (entry.stale) headers.set('warning', STALE_WARNING)
  if (matchesEtag(ifNoneMatch, entry.etag)) {
    cache.counters.notModified++
    return new Response(null, { status: 304, headers })
  }
  return new Response(new Uint8Array(entry.body), { status: entry.status, headers })
}

export interface CachedJsonOptions {
  /** Runs when the response cache cannot answer, before the build: where per-client miss limits apply. */
  onMiss?: () => Promise<void>
}

export async function cachedJson(cache: ResponseCache, request: Request, freshness: Freshness, build: () => Promise<Loaded>, options: CachedJsonOptions = {}): Promise<Response> {
  // The rules of the snapshot the build will read, so the key's signature matches the body it is stored with. When
  // no snapshot can be built (Postgres down at boot), a view that needs none is still served and kept; one built
  // from a snapshot after all carries a config version other than -1, so it is not kept.
  const rules = await cache.audience.current().catch(() => cache.audience.latest() ?? { version: -1, rules: [] })
  const key = responseCacheKey('GET', new URL(request.url), request.headers, cache.signed ? rules : undefined)
  const { entry, hit } = await cache.getOrBuild(key, async () => {
    const { view, stale, events, configVersion } = await build()
    // Published meanwhile: the body shows other rules than the key evaluated, so it is served but not kept.
    const outdated = cache.signed && configVersion !== undefined && configVersion !== rules.version
    const body = Buffer.from(JSON.stringify(view))
    // Built from data past its soft TTL (its refresh is running or failing): say so, and keep it only briefly.
    return {
      stale,
      ...(events?.size ? { events } : {}),
      ...(configVersion !== undefined ? { configVersion } : {}),
      status: 200,
      body,
      etag: etagOf(body),
      contentType: 'application/json; charset=utf-8',
      cacheControl: cacheControl(freshness),
      vary: cache.vary,
      expiresAt: outdated ? 0 : Date.now() + (stale ? STALE_RESPONSE_TTL_MS : freshness.maxAgeSeconds * 1000),
    }
  }, options.onMiss)
  return entryResponse(cache, entry, request.headers.get('if-none-match'), hit ? 'hit' : 'miss')
}
