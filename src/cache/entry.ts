/** A cached value with its freshness bounds, as stored in L1 and (serialised) in Redis. */
export interface CacheEntry<T> {
  value: T | undefined
  /** True for a cached "not found" (negative caching): `value` is undefined. */
  notFound?: true
  storedAt: number
  softExpiresAt: number
  hardExpiresAt: number
}

export type Freshness = 'fresh' | 'stale' | 'expired'

export function freshness(entry: CacheEntry<unknown> | undefined, now: number): Freshness {
  if (!entry || now >= entry.hardExpiresAt) return 'expired'
  return now < entry.softExpiresAt ? 'fresh' : 'stale'
}

/** The newer of two entries (L1 and L2 may disagree after another replica refreshed). */
export function newer<T>(a: CacheEntry<T> | undefined, b: CacheEntry<T> | undefined): CacheEntry<T> | undefined {
  if (!a) return b
  if (!b) return a
  return b.storedAt > a.storedAt ? b : a
}

export function encodeEntry<T>(entry: CacheEntry<T>, encode: (value: T) => unknown): string {
  return JSON.stringify({
    v: entry.notFound ? null : encode(entry.value as T),
    nf: entry.notFound ? 1 : 0,
    s: entry.storedAt,
    se: entry.softExpiresAt,
    he: entry.hardExpiresAt,
  })
}

export function decodeEntry<T>(raw: string, decode: (value: unknown) => T): CacheEntry<T> | undefined {
  try {
    const parsed = JSON.parse(raw) as { v: unknown; nf: number; s: number; se: number; he: number }
    if (typeof parsed.s !== 'number' || typeof parsed.he !== 'number') return undefined
    return {
      value: parsed.nf ? undefined : decode(parsed.v),
      ...(parsed.nf ? { notFound: true as const } : {}),
      storedAt: parsed.s,
      softExpiresAt: parsed.se,
      hardExpiresAt: parsed.he,
    }
  } catch {
    return undefined
  }
}
