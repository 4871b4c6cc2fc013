/**
 * Whole API responses cached as bytes with a strong ETag, per (route, query, client variant, audience signature). A warm hit is
 * answered by the custom server before Next (see fastPath.ts); the route handler fills the cache on a miss.
 * Entries live as long as the data under them is fresh, and are dropped when the configuration is published.
 */
import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'

import type { AudienceRule } from '../content/types'
import { DEFAULT_ODDS_FORMAT, parseOddsFormat } from '../display/odds'
import { parseCountry, parseInstallId } from '../domain/country'
import { parseAppVersion } from '../domain/platform'
import { audienceSignature } from '../screens/audience'
import { audienceVary, CLIENT_COUNTRY_HEADER } from './audienceHeaders'

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
  /** The market events it shows (slugs): a change to one of them drops it. */
  events?: ReadonlySet<string>
  /** The config version it shows. */
  configVersion?: number
}

export interface ResponseCacheCounters {
  hits: number
  misses: number
  notModified: number
  fastPathHits: number
}

/** The audience rules of one published snapshot, and its config version. */
export interface AudienceRuleSet {
  version: number
  rules: readonly AudienceRule[]
}

/** Where the cache learns the rules a key's signature evaluates: the newest known now, or the current one. */
export interface AudienceRuleSource {
  /** The rules of the newest published snapshot built, without waiting; undefined before the first. */
  latest(): AudienceRuleSet | undefined
  /** The rules of the snapshot a build now would use. */
  current(): Promise<AudienceRuleSet>
}

const NO_RULES: AudienceRuleSet = { version: 0, rules: [] }
const WITHOUT_RULES: AudienceRuleSource = { latest: () => NO_RULES, current: async () => NO_RULES }

/** Told of every change to the stored entries: how a front process keeps its copy (see edge/front.ts). */
export interface ResponseCacheListener {
  stored(key: string, entry: CachedResponse): void
  dropped(slugs: ReadonlySet<string>): void
  cleared(): void
}

export interface ResponseCacheOptions {
  audience?: AudienceRuleSource
  /** `Vary` of the responses it stores. */
  vary?: string
  listener?: ResponseCacheListener
}

export class ResponseCache {
  readonly counters: ResponseCacheCounters = { hits: 0, misses: 0, notModified: 0, fastPathHits: 0 }
  // An entry's size counts the slugs it was built from too (a fallback feed or the World Cup holds thousands).
  private readonly entries = new LRUCache<string, CachedResponse>({ max: 2_000, maxSize: 64 * 1024 * 1024, sizeCalculation: (entry) => entry.body.length + 256 + (entry.events?.size ?? 0) * 64 })
  /** When each event was last dropped: a build that began before it must not be kept (it may show the old state). */
  private readonly dropped = new LRUCache<string, number>({ max: 50_000 })
  private readonly building = new Map<string, Promise<CachedResponse>>()

  readonly audience: AudienceRuleSource
  /** Whether keys carry a real snapshot's signature (else every key signs with no rules). */
  readonly signed: boolean
  readonly vary: string
  private readonly listener: ResponseCacheListener | undefined

  constructor(
    private readonly now: () => number = Date.now,
    options: ResponseCacheOptions = {},
  ) {
    this.audience = options.audience ?? WITHOUT_RULES
    this.signed = options.audience !== undefined
    this.vary = options.vary ?? audienceVary()
    this.listener = options.listener
  }

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

  /**
   * The cached response for `key`, or the one `build` makes; concurrent misses share one build. `onMiss` runs for a
   * caller about to start a build (a per-client limit on what misses cost); joining a build costs nothing.
   */
  async getOrBuild(key: string, build: () => Promise<CachedResponse>, onMiss?: () => Promise<void>): Promise<{ entry: CachedResponse; hit: boolean }> {
    const cached = this.peek(key)
    if (cached) {
      this.counters.hits++
      return { entry: cached, hit: true }
    }
    this.counters.misses++
    let pending = this.building.get(key)
    if (!pending && onMiss) {
      await onMiss()
      // Another caller may have started the build while this one was being counted.
      pending = this.building.get(key)
    }
    const startedAt = this.now()
    if (!pending) {
      pending = build().finally(() => this.building.delete(key))
      this.building.set(key, pending)
    }
    const entry = await pending
    if (entry.status === 200 && entry.expiresAt > this.now() && !this.droppedSince(entry, startedAt)) this.put(key, entry)
    return { entry, hit: false }
  }

  /** Stores an entry built elsewhere (a front process's copy of another's cache). */
  put(key: string, entry: CachedResponse): void {
    this.entries.set(key, entry)
    this.listener?.stored(key, entry)
  }

  clear(): void {
    this.entries.clear()
    this.listener?.cleared()
  }

  /** Drops every entry built from one of these events (a live change made them old); returns how many. */
  dropEvents(slugs: ReadonlySet<string>): number {
    const now = this.now()
    this.listener?.dropped(slugs)
    for (const slug of slugs) this.dropped.set(slug, now)
    let dropped = 0
    for (const [key, entry] of this.entries.entries()) {
      if (entry.events && shareAny(entry.events, slugs)) {
        this.entries.delete(key)
        dropped++
      }
    }
    return dropped
  }

  private droppedSince(entry: CachedResponse, startedAt: number): boolean {
    if (!entry.events) return false
    for (const slug of entry.events) if ((this.dropped.get(slug) ?? -1) >= startedAt) return true
    return false
  }

  get size(): number {
    return this.entries.size
  }
}

function shareAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const item of small) if (large.has(item)) return true
  return false
}

/** Strong ETag over the bytes. */
export const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

export interface HeaderSource {
  get: (name: string) => string | null | undefined
}

/** Query parameters that are whole numbers: `limit=020` and `limit=20` are one request. */
const NUMERIC_PARAMETERS = new Set(['limit'])

const canonicalValue = (name: string, value: string) => (NUMERIC_PARAMETERS.has(name) && /^\d{1,9}$/.test(value) ? String(Number(value)) : value)

// App versions come in few spellings; parsing each once keeps the fast path free of semver work.
const versions = new LRUCache<string, string>({ max: 1_000 })
function canonicalVersion(raw: string): string {
  let version = versions.get(raw)
  if (version === undefined) versions.set(raw, (version = parseAppVersion(raw) ?? raw))
  return version
}

/**
 * The cache key: method, path, query in canonical order and spelling, and the audience as parsed (`3.1` and `3.1.0`,
 * `iOS` and `ios` are one audience), so aliases of one request share one entry and cannot churn the cache. The fast
 * path and the route handler compute it the same way from the raw request; an unreadable value keeps its raw form
 * (the route answers it 400, which is never cached).
 *
 * Country and install id are not in it: the audience signature is (which of the snapshot's rules let the client in,
 * one character each, with the snapshot's config version), so clients the rules treat alike share an entry, no
 * entry serves another audience, and their number stays bounded by the rules, not by the installs.
 */
export function responseCacheKey(method: string, url: URL, headers: HeaderSource, rules?: AudienceRuleSet): string {
  return keyForTarget(`${method} ${canonicalTarget(url)}`, headers, rules)
}

/** Path and query in canonical order and spelling: the part of a key that depends on the URL alone. */
export function canonicalTarget(url: URL): string {
  const query = [...url.searchParams].map(([name, value]) => [name, canonicalValue(name, value)] as const)
  query.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)))
  return `${url.pathname}?${new URLSearchParams(query as [string, string][]).toString()}`
}

/** The key from `method canonicalTarget` (which a caller may keep per URL) and the request's audience. */
export function keyForTarget(target: string, headers: HeaderSource, rules?: AudienceRuleSet): string {
  const platform = (headers.get('x-platform') ?? '').toLowerCase()
  const rawVersion = headers.get('x-app-version') ?? ''
  const rawOdds = headers.get('x-odds-format')
  const odds = rawOdds ? (parseOddsFormat(rawOdds) ?? rawOdds) : DEFAULT_ODDS_FORMAT
  const base = `${target}|${platform}|${rawVersion ? canonicalVersion(rawVersion) : ''}|${odds}`
  return rules ? `${base}|${signatureOf(rules, headers)}` : base
}

function signatureOf({ version, rules }: AudienceRuleSet, headers: HeaderSource): string {
  const rawInstall = headers.get('x-install-id')
  const installId = rawInstall ? parseInstallId(rawInstall) : null
  // An unreadable install id is answered 400 (never cached): a key no 200 is stored under.
  if (rawInstall && !installId) return `${version}:!`
  if (rules.length === 0) return `${version}:`
  const country = parseCountry(headers.get(CLIENT_COUNTRY_HEADER))
  return `${version}:${audienceSignature(rules, { platform: null, appVersion: null, country, installId })}`
}

/** Does `If-None-Match` name this entity? */
export function matchesEtag(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}
