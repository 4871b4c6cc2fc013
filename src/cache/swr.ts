/**
 * The shared stale-while-revalidate cache: L1 in-process (lru-cache) in front of L2 Redis.
 *
 * Fresh → served. Stale (soft TTL passed, hard not) → served at once while one background refresh runs,
 * single-flight in-process and across replicas by a Redis lock. Expired or missing → one caller loads, the others
 * (on every replica) wait for its result. A failing loader keeps the stale value until the hard TTL. A read that
 * looks in Redis makes one round trip (remoteRead.ts): the entry, the lock when it is missing, and the request's
 * admission when the read carries one.
 *
 * Written here rather than on bentocache: bentocache's grace periods and L1/L2 fit, but its stampede protection is
 * an in-process lock, so two replicas at expiry would both call the upstream. The cross-replica lock is the point.
 */
import type { Redis } from 'ioredis'
import { LRUCache } from 'lru-cache'

import { isAppError, notFound } from '../errors'
import { logger } from '../log/logger'
import type { Prepay } from '../redis/windowSpend'
import { traced } from '../telemetry/spans'
import { type CacheEntry, decodeEntry, encodeEntry, freshness, newer } from './entry'
import { acquireLock, type HeldLock, releaseLock, storeAndRelease } from './lock'
import { type CacheCounters, emptyCounters } from './metrics'
import { remoteRead, type RemoteCount } from './remoteRead'

export interface TtlOptions {
  /** After this, the value is stale: served while one refresh runs. */
  softTtlMs: number
  /** After this, the value is never served. */
  hardTtlMs: number
  /** How long a NotFound from the loader is remembered (0: not at all). */
  negativeTtlMs?: number
}

export interface Codec<T> {
  encode: (value: T) => unknown
  decode: (raw: unknown) => T
}

export interface SwrCacheOptions {
  redis?: Redis | null
  /** Key prefix in Redis (namespaces a deployment or a test run). */
  prefix?: string
  l1MaxEntries?: number
  /** The refresh lock's TTL: at least the loader's own timeout, so a lock never outlives a dead holder by much. */
  lockTtlMs?: number
  /** How often a waiter looks for the value another replica is loading. */
  waitPollMs?: number
  now?: () => number
  /** Runs a background refresh's load (e.g. on a budget of its own, apart from requests'). */
  background?: <T>(work: () => Promise<T>) => Promise<T>
}

const identity = <T>(): Codec<T> => ({ encode: (value) => value, decode: (raw) => raw as T })

type Loader<T> = () => Promise<T>
/** Runs after a loaded value is stored (here and in Redis): what announces a change must not run before readers can see it. */
type OnStored<T> = (value: T, loadedAt: number) => Promise<void>

/**
 * A request's admission: its count against a per-client limit (http/rateLimit.ts), made by the first of the
 * request's reads, in the same Redis round trip as that read (a miss then pays one round trip, not two). Over the
 * limit, that read throws the limit's refusal before it reads or locks anything, and the request's other reads wait
 * for the verdict before they load or refresh, so a refused request costs nothing upstream.
 */
export interface Admission {
  /** The count, for the first read that asks; undefined once claimed (or while the request owes none). */
  claim(): AdmissionClaim | undefined
  /** The verdict of a count claimed by another read: rejects with the refusal. Undefined when there is none to wait for. */
  pending(): Promise<void> | undefined
}

export interface AdmissionClaim extends RemoteCount {
  /** The total Redis counted, or null with the error when Redis failed (counted in-process then). Throws the refusal when over. */
  settle(total: number | null, failure?: unknown): void
  /** Counts on its own, for a read that makes no round trip (L1 fresh, Redis away). Throws the refusal when over. */
  alone(): Promise<void>
}

export interface ReadOptions<T> {
  onStored?: OnStored<T>
  admission?: Admission
  /**
   * The upstream budget of the load a miss makes, asked for only when the read takes the lock: spent in the read's
   * round trip, and the load then run through its `run`, so its call does not spend again (one round trip before the
   * call, not two).
   */
  prepay?: () => Prepay | undefined
}

type LockState = HeldLock | 'held-elsewhere' | 'no-redis'

/** A value and whether it was served past its soft TTL (its refresh is running or failing): responses say so. */
export interface Read<T> {
  value: T
  stale: boolean
}

export class SwrCache {
  readonly counters: CacheCounters = emptyCounters()
  private readonly l1: LRUCache<string, CacheEntry<unknown>>
  private readonly inflight = new Map<string, Promise<CacheEntry<unknown>>>()
  private readonly redis: Redis | null
  private readonly prefix: string
  private readonly lockTtlMs: number
  private readonly waitPollMs: number
  private readonly now: () => number
  private readonly background: <T>(work: () => Promise<T>) => Promise<T>

  constructor(options: SwrCacheOptions = {}) {
    this.redis = options.redis ?? null
    this.prefix = options.prefix ?? 'pb:cache:'
    this.lockTtlMs = options.lockTtlMs ?? 10_000
    this.waitPollMs = options.waitPollMs ?? 20
    this.now = options.now ?? Date.now
    this.background = options.background ?? ((work) => work())
    this.l1 = new LRUCache({ max: options.l1MaxEntries ?? 5_000 })
  }

  /** The value for `key`: cached when usable, else loaded once across all callers and replicas. */
  async get<T>(key: string, loader: Loader<T>, ttl: TtlOptions, codec: Codec<T> = identity<T>(), options: ReadOptions<T> = {}): Promise<T> {
    return (await this.read(key, loader, ttl, codec, options)).value
  }

  /** Like `get`, with whether the value was served stale. */
  read<T>(key: string, loader: Loader<T>, ttl: TtlOptions, codec: Codec<T> = identity<T>(), options: ReadOptions<T> = {}): Promise<Read<T>> {
    return traced('cache.get', { 'cache.key': key }, () => this.readUntraced(key, loader, ttl, codec, options))
  }

  /** Loads `key` now, whatever its freshness, and stores it (the caller makes sure one replica does it at a time). */
  async refresh<T>(key: string, loader: Loader<T>, ttl: TtlOptions, codec: Codec<T> = identity<T>(), onStored?: OnStored<T>): Promise<T> {
    this.counters.refreshes++
    const load = () => this.background(() => this.loadAndStore(key, loader, ttl, codec, onStored))
    // Joining a background refresh that found the lock held elsewhere yields no entry when L1 had none: load then.
    const joined = (await this.singleFlight(key, load)) as CacheEntry<T> | undefined
    return this.unwrap(joined ?? (await load()))
  }

  /** Drops this process's L1 entries whose value `test` picks (a change announced by another replica made them old). */
  forgetLocalWhere(test: (value: unknown) => boolean): number {
    let dropped = 0
    for (const [key, entry] of this.l1.entries()) {
      if (!entry.notFound && test(entry.value)) {
        this.l1.delete(key)
        dropped++
      }
    }
    return dropped
  }

  private async readUntraced<T>(key: string, loader: Loader<T>, ttl: TtlOptions, codec: Codec<T>, { onStored, admission, prepay }: ReadOptions<T>): Promise<Read<T>> {
    const claim = admission?.claim()
    // Claimed by another of the request's reads: this one takes no lock and starts no load before the verdict.
    const verdict = claim ? undefined : admission?.pending()
    const { entry, lock, paid } = await this.lookup(key, codec, claim, !verdict, prepay)
    const state = freshness(entry, this.now())
    if (entry && state !== 'expired') {
      if (state === 'fresh') this.counters.hits++
      else {
        this.counters.staleServes++
        if (!verdict) this.refreshInBackground(key, loader, ttl, codec, onStored)
        // Refused, the request refreshes nothing either.
        else verdict.then(() => this.refreshInBackground(key, loader, ttl, codec, onStored)).catch(() => undefined)
      }
      return { value: this.unwrap(entry), stale: state !== 'fresh' }
    }
    this.counters.misses++
    await verdict
    let first = lock
    const load = () => {
      // The lock taken in the lookup serves the first load only; another read of this key in this process may have
      // started loading while ours was in Redis: that one loads, and ours lets the lock go (and the budget it spent
      // goes unused: a call fewer than counted, never one more).
      const held = first
      first = undefined
      if (held && held !== 'held-elsewhere' && held !== 'no-redis' && this.inflight.has(key)) void this.unlock(held)
      const paidLoader = held && paid ? () => paid.run(loader) : loader
      return this.singleFlight(key, () => this.loadAcrossReplicas(key, paidLoader, ttl, codec, entry, onStored, held)) as Promise<CacheEntry<T>>
    }
    let loaded = await load()
    // Joining a load that began long ago (a slow background refresh) can yield a value already past its hard TTL,
    // since TTLs count from the load's start: load once more rather than serve it.
    if (freshness(loaded, this.now()) === 'expired') loaded = await load()
    return { value: this.unwrap(loaded), stale: false }
  }

  /**
   * Many keys in one round trip (one MGET); the keys that must be loaded are loaded with one `loadMany` call.
   * Stale keys are refreshed in the background with one `loadMany` call as well.
   */
  async getMany<T>(keys: string[], loadMany: (keys: string[]) => Promise<Map<string, T>>, ttl: TtlOptions, codec: Codec<T> = identity<T>()): Promise<Map<string, T | undefined>> {
    const unique = [...new Set(keys)]
    const entries = await this.lookupMany(unique, codec)
    const now = this.now()
    const result = new Map<string, T | undefined>()
    const missing: string[] = []
    const stale: string[] = []
    for (const key of unique) {
      const entry = entries.get(key)
      const state = freshness(entry, now)
      if (state === 'expired') missing.push(key)
      else {
        if (state === 'stale') stale.push(key)
        this.counters[state === 'fresh' ? 'hits' : 'staleServes']++
        result.set(key, entry!.notFound ? undefined : (entry!.value as T))
      }
    }
    if (stale.length) {
      void this.loadAndStoreMany(stale, loadMany, ttl, codec).catch((error) => this.loaderFailed(stale.join(','), error))
    }
    if (missing.length) {
      this.counters.misses += missing.length
      const loaded = await this.loadAndStoreMany(missing, loadMany, ttl, codec)
      for (const key of missing) result.set(key, loaded.get(key))
    }
    return result
  }

  /** Forgets a key here and in Redis (other replicas' L1 copies are dropped by the invalidation bus). */
  async invalidate(key: string): Promise<void> {
    this.l1.delete(key)
    await this.withRedis((redis) => redis.del(this.prefix + key), undefined)
  }

  /** Drops a key from this process's L1 only (used when another replica announced a change). */
  forgetLocal(key: string): void {
    this.l1.delete(key)
  }

  clearLocal(): void {
    this.l1.clear()
  }

  private unwrap<T>(entry: CacheEntry<T>): T {
    if (entry.notFound) this.counters.negativeHits++
    // A cached NotFound is answered as the loader answered it: by throwing NotFound.
    if (entry.notFound) throw notFound('cache.not_found', { detail: 'Not found' })
    return entry.value as T
  }

  /**
   * The entry for `key`: L1's when fresh, else the newer of L1's and Redis's. Its one round trip also makes the
   * admission's count and, when the key is missing everywhere and `lockIfMissing`, takes the refresh lock for the load
   * that follows (undefined: none asked for, or Redis had the entry) and spends `prepay`'s budget for it (`paid`: the
   * spend made).
   */
  private async lookup<T>(
    key: string,
    codec: Codec<T>,
    claim: AdmissionClaim | undefined,
    lockIfMissing: boolean,
    prepay?: () => Prepay | undefined,
  ): Promise<{ entry: CacheEntry<T> | undefined; lock?: LockState; paid?: Prepay }> {
    const local = this.l1.get(key) as CacheEntry<T> | undefined
    const localState = freshness(local, this.now())
    if (localState === 'fresh' || !this.redisReady()) {
      await claim?.alone()
      return { entry: local }
    }
    // Only a read that will load asks for the lock: one with a usable L1 value refreshes in the background (and
    // locks there), one whose key this process is loading already joins that load.
    const takeLock = lockIfMissing && localState === 'expired' && !this.inflight.has(key)
    const spending = takeLock ? prepay?.() : undefined
    let reply
    try {
      reply = await remoteRead(this.redis!, { entryKey: this.prefix + key, lockKey: this.lockKey(key), lockTtlMs: this.lockTtlMs, takeLock, count: claim, spend: spending?.spend })
    } catch (error) {
      this.redisFailed(error)
      claim?.settle(null, error)
      return { entry: local, lock: 'no-redis' }
    }
    claim?.settle(reply.count)
    const remote = reply.raw ? decodeEntry(reply.raw, codec.decode) : undefined
    const best = newer(local, remote)
    if (best && best !== local) this.l1.set(key, best)
    return { entry: best, ...(reply.lock !== undefined ? { lock: reply.lock ?? 'held-elsewhere' } : {}), ...(reply.spent ? { paid: spending } : {}) }
  }

  private async lookupMany<T>(keys: string[], codec: Codec<T>): Promise<Map<string, CacheEntry<T> | undefined>> {
    const now = this.now()
    const result = new Map<string, CacheEntry<T> | undefined>()
    const remoteKeys: string[] = []
    for (const key of keys) {
      const local = this.l1.get(key) as CacheEntry<T> | undefined
      result.set(key, local)
      if (freshness(local, now) !== 'fresh') remoteKeys.push(key)
    }
    if (remoteKeys.length) {
      const raws = await this.withRedis((redis) => redis.mget(remoteKeys.map((key) => this.prefix + key)), [])
      remoteKeys.forEach((key, index) => {
        const raw = raws[index]
        const remote = raw ? decodeEntry(raw, codec.decode) : undefined
        const best = newer(result.get(key), remote)
        if (best && best === remote) this.l1.set(key, best)
        result.set(key, best)
      })
    }
    return result
  }

  /** One in-flight promise per key in this process. */
  private singleFlight(key: string, work: () => Promise<CacheEntry<unknown>>): Promise<CacheEntry<unknown>> {
    const running = this.inflight.get(key)
    if (running) return running
    const promise = work().finally(() => this.inflight.delete(key))
    this.inflight.set(key, promise)
    return promise
  }

  private refreshInBackground<T>(key: string, loader: Loader<T>, ttl: TtlOptions, codec: Codec<T>, onStored?: OnStored<T>): void {
    if (this.inflight.has(key)) return
    void this.singleFlight(key, () => traced('cache.refresh', { 'cache.key': key }, async () => {
      const lock = await this.tryLock(key)
      if (lock === 'held-elsewhere') {
        this.counters.lockContention++
        return this.l1.get(key)!
      }
      try {
        // Another replica may have refreshed and released the lock since our L1 entry went stale.
        const refreshed = await this.remoteNewerThan(key, codec, this.l1.get(key), 'fresh')
        if (refreshed) return refreshed
        this.counters.refreshes++
        return await this.background(() => this.loadAndStore(key, loader, ttl, codec, onStored))
      } finally {
        if (lock !== 'no-redis') await this.unlock(lock)
      }
    })).catch((error) => this.loaderFailed(key, error))
  }

  /**
   * Loads under the cross-replica lock; without the lock, waits for the holder's value instead. `first` is what the
   * read's own round trip found of the lock, when it asked.
   */
  private async loadAcrossReplicas<T>(
    key: string,
    loader: Loader<T>,
    ttl: TtlOptions,
    codec: Codec<T>,
    previous: CacheEntry<T> | undefined,
    onStored?: OnStored<T>,
    first?: LockState,
  ): Promise<CacheEntry<T>> {
    const deadline = this.now() + this.lockTtlMs
    for (let known = first; ; known = undefined) {
      const lock = known ?? (await this.tryLock(key))
      if (lock !== 'held-elsewhere') {
        const held = lock === 'no-redis' ? undefined : lock
        let stored = false
        try {
          // The holder we waited for may have stored its value and released the lock between two polls. A lock
          // taken in the read's round trip saw the key missing at that moment, and Redis failing then says no more.
          if (lock !== first) {
            const refreshed = await this.remoteNewerThan(key, codec, previous, 'fresh')
            if (refreshed) return refreshed
          }
          const entry = await this.loadAndStore(key, loader, ttl, codec, onStored, held)
          stored = true
          return entry
        } catch (error) {
          this.loaderFailed(key, error)
          throw error
        } finally {
          // Stored, the lock went in the same round trip; released twice, the second finds it gone (or another's).
          if (held && !stored) await this.unlock(held)
        }
      }
      this.counters.lockContention++
      // Another replica is loading: its value lands in Redis; poll for an entry newer than what we had.
      await sleep(this.waitPollMs)
      const remote = await this.remoteNewerThan(key, codec, previous, 'stale')
      if (remote) return remote
      // The holder died or is stuck past its lock: load ourselves rather than wait forever.
      if (this.now() > deadline) return this.loadAndStore(key, loader, ttl, codec, onStored)
    }
  }

  private async readRemote<T>(key: string, codec: Codec<T>): Promise<CacheEntry<T> | undefined> {
    const raw = await this.withRedis((redis) => redis.get(this.prefix + key), null)
    return raw ? decodeEntry(raw, codec.decode) : undefined
  }

  /**
   * The Redis entry for `key` when it is newer than `previous` (if any) and at least as fresh as `minimum`
   * ('stale': usable, 'fresh': no refresh due); it is then also put in L1.
   */
  private async remoteNewerThan<T>(key: string, codec: Codec<T>, previous: CacheEntry<unknown> | undefined, minimum: 'fresh' | 'stale'): Promise<CacheEntry<T> | undefined> {
    const remote = await this.readRemote(key, codec)
    const state = freshness(remote, this.now())
    if (!remote || state === 'expired' || (minimum === 'fresh' && state !== 'fresh') || (previous && remote.storedAt <= previous.storedAt)) return undefined
    this.l1.set(key, remote)
    return remote
  }

  /** Loads and stores; `lock`, when given, is released in the store's round trip. */
  private async loadAndStore<T>(key: string, loader: Loader<T>, ttl: TtlOptions, codec: Codec<T>, onStored?: OnStored<T>, lock?: HeldLock): Promise<CacheEntry<T>> {
    this.counters.loads++
    // The data is as old as the request that fetched it: TTLs count from the load's start, not its end.
    const startedAt = this.now()
    let entry: CacheEntry<T>
    try {
      entry = this.entryFor(await loader(), ttl, startedAt)
    } catch (error) {
      if (!(isAppError(error, 'NotFound') && ttl.negativeTtlMs)) throw error
      const expiresAt = startedAt + ttl.negativeTtlMs
      entry = { value: undefined, notFound: true, storedAt: startedAt, softExpiresAt: expiresAt, hardExpiresAt: expiresAt }
    }
    await this.store(key, entry, codec, lock)
    if (onStored && !entry.notFound) await onStored(entry.value as T, entry.storedAt)
    return entry
  }

  private async loadAndStoreMany<T>(keys: string[], loadMany: (keys: string[]) => Promise<Map<string, T>>, ttl: TtlOptions, codec: Codec<T>): Promise<Map<string, T>> {
    this.counters.loads++
    const startedAt = this.now()
    const loaded = await loadMany(keys)
    const entries = new Map<string, CacheEntry<T>>()
    for (const [key, value] of loaded) {
      const entry = this.entryFor(value, ttl, startedAt)
      entries.set(key, entry)
      this.l1.set(key, entry)
    }
    if (entries.size) {
      await this.withRedis((redis) => {
        const pipeline = redis.pipeline()
        for (const [key, entry] of entries) pipeline.set(this.prefix + key, encodeEntry(entry, codec.encode), 'PX', Math.max(1, entry.hardExpiresAt - this.now()))
        return pipeline.exec()
      }, null)
    }
    return loaded
  }

  private entryFor<T>(value: T, ttl: TtlOptions, loadedAt: number): CacheEntry<T> {
    return { value, storedAt: loadedAt, softExpiresAt: loadedAt + ttl.softTtlMs, hardExpiresAt: loadedAt + ttl.hardTtlMs }
  }

  private async store<T>(key: string, entry: CacheEntry<T>, codec: Codec<T>, lock?: HeldLock): Promise<void> {
    this.l1.set(key, entry)
    const ttlMs = Math.max(1, entry.hardExpiresAt - this.now())
    const raw = encodeEntry(entry, codec.encode)
    await this.withRedis<unknown>((redis) => (lock ? storeAndRelease(redis, this.prefix + key, raw, ttlMs, lock) : redis.set(this.prefix + key, raw, 'PX', ttlMs)), null)
  }

  private lockKey(key: string): string {
    return `${this.prefix}lock:${key}`
  }

  private async tryLock(key: string): Promise<LockState> {
    if (!this.redisReady()) return 'no-redis'
    try {
      const held = await traced('cache.lock', { 'cache.key': key }, () => acquireLock(this.redis!, this.lockKey(key), this.lockTtlMs))
      return held ?? 'held-elsewhere'
    } catch (error) {
      this.redisFailed(error)
      return 'no-redis'
    }
  }

  private async unlock(lock: HeldLock): Promise<void> {
    await this.withRedis((redis) => releaseLock(redis, lock), false)
  }

  private redisReady(): boolean {
    // While Redis is away (reconnecting, closed) we skip it instead of paying a timeout per call: L1 carries on
    // alone. A client still connecting queues its commands, so it counts as usable.
    const status = this.redis?.status
    return status === 'ready' || status === 'wait' || status === 'connecting' || status === 'connect'
  }

  private async withRedis<R>(work: (redis: Redis) => Promise<R>, fallback: R): Promise<R> {
    if (!this.redisReady()) return fallback
    try {
      return await work(this.redis!)
    } catch (error) {
      this.redisFailed(error)
      return fallback
    }
  }

  private redisFailed(error: unknown): void {
    this.counters.redisErrors++
    logger.warn({ component: 'cache', err: error }, 'redis unavailable; serving from the in-process cache')
  }

  private loaderFailed(key: string, error: unknown): void {
    this.counters.loaderErrors++
    logger.warn({ component: 'cache', key, err: error }, 'cache loader failed')
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
