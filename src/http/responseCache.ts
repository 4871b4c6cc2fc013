/**
 * Whole API responses cached as bytes with a strong ETag, per (route, query, client variant). A warm hit is
 * answered by the custom server before Next (see fastPath.ts); the route handler fills the cache on a miss.
 * Entries live as long as the data under them is fresh, and are dropped when the configuration is published.
 */
import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'


export interface CachedResponse {
  status: number
  body: Buffer
  etag: string
  contentType: string
  cacheControl: string
  vary: string
  expiresAt: number
  /** Built from cached data past its soft TTL. */
  stale?: boolean
}

export interface ResponseCacheCounters {
  hits: number
  misses: number
  notModified: number
  fastPathHits: number
}

export class ResponseCache {
  readonly counters: ResponseCacheCounters = { hits: 0, misses: 0, notModified: 0, fastPathHits: 0 }
  private readonly entries = new LRUCache<string, CachedResponse>({ max: 2_000, maxSize: 64 * 1024 * 1024, sizeCalculation: (entry) => entry.body.length + 256 })
  private readonly building = new Map<string, Promise<CachedResponse>>()

  constructor(private readonly now: () => number = Date.now) {}

  /** A live entry, or undefined (an expired one is dropped). */
  peek(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  /** The cached response for `key`, or the one `build` makes; concurrent misses share one build. */
  async getOrBuild(key: string, build: () => Promise<CachedResponse>): Promise<{ entry: CachedResponse; hit: boolean }> {
    const cached = this.peek(key)
    if (cached) {
      this.counters.hits++
      return { entry: cached, hit: true }
    }
    this.counters.misses++
    let pending = this.building.get(key)
    if (!pending) {
      pending = build().finally(() => this.building.delete(key))
      this.building.set(key, pending)
    }
    const entry = await pending
    if (entry.status === 200) this.entries.set(key, entry)
    return { entry, hit: false }
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}

/** Strong ETag over the bytes. */
export const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

interface HeaderSource {
  get: (name: string) => string | null | undefined
}

/**
 * The cache key: method, path, query in canonical order, and the client headers that change a body. The fast path
 * and the route handler compute it the same way from the raw request.
 */
export function responseCacheKey(method: string, url: URL, headers: HeaderSource): string {
  const query = [...url.searchParams].sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)))
  const search = new URLSearchParams(query).toString()
  const platform = (headers.get('x-platform') ?? '').toLowerCase()
  const version = headers.get('x-app-version') ?? ''
  return `${method} ${url.pathname}?${search}|${platform}|${version}`
}

/** Does `If-None-Match` name this entity? */
export function matchesEtag(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}
