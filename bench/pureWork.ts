// The pure work of cache misses, timed alone, for scenario 2c (bench/scenarios/missCost.ts):
// `node --import tsx bench/pureWork.ts '<json options>'`, run with the app's environment (its database, its secret),
// prints one JSON summary line.
//
// Timed, per request, is the app's own code from the upstream's bytes to the response's bytes, each run a miss:
// the Gamma client (transport, JSON.parse of the body, zod validation, normalisation) over a `fetch` that answers the
// bytes recorded from the replay out of memory; the market store on an in-process SWR cache (no Redis), the keys the
// request alone reads dropped before each run; the screen loader with its pure builder, on a content snapshot
// compiled once; JSON.stringify of the view into a Buffer. Not timed, and not on the loop at all: HTTP, Redis,
// Postgres (the snapshot is compiled first; a search's profile rows are read once, then answered from memory), the
// response cache and its key, the per-client limits, the change detection that follows each load in the app.
import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash } from 'node:crypto'
import { performance } from 'node:perf_hooks'

import config from '../payload.config'
import { withBootPayload } from '../src/boot/migrate'
import { type Codec, type Read, type ReadOptions, SwrCache, type TtlOptions } from '../src/cache/swr'
import { derivedKey } from '../src/config/secret'
import { buildSnapshot } from '../src/content/load'
import type { ContentSnapshot } from '../src/content/types'
import { audienceFromHeaders } from '../src/http/audienceHeaders'
import { createProfileSearch } from '../src/loaders/profiles'
import { createScreenLoader } from '../src/loaders/screens'
import { createGammaClient } from '../src/markets/gamma/client'
import { MarketStore } from '../src/markets/store'
import type { SearchProfile } from '../src/screens/search'
import { DEFAULT_SEARCH_LIMITS } from '../src/screens/search'

export type MissKind = 'search' | 'event' | 'feed'

export interface PureWorkOptions {
  replayUrl: string
  feedLimit: number
  /**
   * Per kind: the unmeasured first request the app got (after it, what every request of the kind shares, such as a
   * search's tournament matches, is warm) and the measured ones (search text, event slug, tag slug), with the
   * sha256 of each body the app sent.
   */
  requests: Record<MissKind, { warmup: string; keys: string[]; appBodies: string[] }>
  /** Each kind is timed in whole rounds over its requests until it has used this much CPU (and 3 rounds at least). */
  minCpuMs: number
}

export interface PureWorkKind {
  requests: number
  rounds: number
  /** Mean over the requests of each one's mean CPU per run. */
  cpuUsPerRequest: number
  minUs: number
  maxUs: number
  /** Upstream responses parsed per run (the app's upstream calls of one miss), and their bytes. */
  upstreamResponses: number
  upstreamBytes: number
  bodyBytes: number
  /** Requests whose body here is byte for byte the one the app sent. */
  sameBodies: number
  /** Keys read by more than one measured request (then warm for all but the first, as in the app): expected none. */
  sharedKeys: number
  /** The upstream URLs each request fetched when recorded (the warm-up's first): what bench/bareMiss.ts fetches for it. */
  upstreamUrls: { warmup: string[]; keys: string[][] }
}

export interface PureWorkFigures {
  snapshotMs: number
  recordedResponses: number
  kinds: Record<MissKind, PureWorkKind>
}

const KINDS: MissKind[] = ['search', 'event', 'feed']
const WARMUP_ROUNDS = 2
const MIN_ROUNDS = 3

interface Recorded {
  status: number
  body: Buffer
}

/** What the transport reads of a `fetch` response (see fetchSend in src/markets/gamma/http.ts), and nothing more. */
const answer = ({ status, body }: Recorded) => ({ status, headers: { get: () => null }, text: async () => body.toString('utf8') }) as unknown as Response

/** No client-side window in the way: a 1 ms window keeps the limiter's bookkeeping as small as the app's at its real call rate. */
const UNLIMITED = { windowMs: 1, events: 1e9, tags: 1e9, publicSearch: 1e9, overall: 1e9 }

/** The in-process SWR cache, noting the keys one request reads while `reads` is set. */
class NotingCache extends SwrCache {
  reads: Set<string> | null = null

  override read<T>(key: string, loader: () => Promise<T>, ttl: TtlOptions, codec?: Codec<T>, options?: ReadOptions<T>): Promise<Read<T>> {
    this.reads?.add(key)
    return super.read(key, loader, ttl, codec, options)
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as PureWorkOptions
  // One instant for the whole run: the upstream queries of time-windowed tags depend on it, so the URLs recorded are the URLs asked.
  const now = new Date()
  const audience = audienceFromHeaders(new Headers())

  const snapshotStarted = performance.now()
  const searches = [options.requests.search.warmup, ...options.requests.search.keys]
  const { snapshot, profiles } = await withBootPayload(config, async (payload) => {
    const snapshot = await buildSnapshot(payload, { draft: false, now })
    const search = createProfileSearch(async () => payload.db.pool)
    const profiles = new Map<string, SearchProfile[]>()
    for (const q of searches) profiles.set(q, await search(q, DEFAULT_SEARCH_LIMITS.profiles))
    return { snapshot, profiles }
  })
  const snapshotMs = performance.now() - snapshotStarted

  // Recording: every request once through a store of its own, concurrently, its upstream bytes kept by URL and the
  // URLs each request fetched noted (one fetched by two requests is noted for the one that asked first).
  const recorded = new Map<string, Recorded>()
  const fetchedBy = new AsyncLocalStorage<string[]>()
  const recordingFetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input)
    fetchedBy.getStore()?.push(url)
    const response = await fetch(url, init)
    const entry = { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
    recorded.set(url, entry)
    return answer(entry)
  }
  const recorder = screensOver(new SwrCache(), recordingFetch as typeof fetch, options.replayUrl, profiles)
  const allKeys = (kind: MissKind) => [options.requests[kind].warmup, ...options.requests[kind].keys]
  const urlsOf = Object.fromEntries(KINDS.map((kind) => [kind, allKeys(kind).map((): string[] => [])])) as Record<MissKind, string[][]>
  await Promise.all(KINDS.flatMap((kind) => allKeys(kind).map((key, i) => fetchedBy.run(urlsOf[kind][i]!, () => build(recorder, kind, key, snapshot, audience, now, options.feedLimit)))))

  // Measuring: from memory only; what is not recorded fails rather than reach the network.
  let responses = 0
  let responseBytes = 0
  const memoryFetch = async (input: string | URL | Request) => {
    const entry = recorded.get(String(input))
    if (!entry) throw new Error(`not recorded: ${String(input)}`)
    responses++
    responseBytes += entry.body.length
    return answer(entry)
  }
  const cache = new NotingCache()
  const screens = screensOver(cache, memoryFetch as typeof fetch, options.replayUrl, profiles)
  const run = (kind: MissKind, key: string) => build(screens, kind, key, snapshot, audience, now, options.feedLimit)

  const kinds = {} as Record<MissKind, PureWorkKind>
  for (const kind of KINDS) {
    const { warmup, keys, appBodies } = options.requests[kind]
    // What the warm-up request reads stays cached; what only one measured request reads is its miss.
    cache.reads = new Set()
    await run(kind, warmup)
    const warm = cache.reads
    const cold: string[][] = []
    const seen = new Map<string, number>()
    let sameBodies = 0
    let bodyBytes = 0
    const before = { responses, responseBytes }
    for (const [i, key] of keys.entries()) {
      cache.reads = new Set()
      const body = await run(kind, key)
      cold.push([...cache.reads].filter((read) => !warm.has(read)))
      for (const read of cold[i]!) seen.set(read, (seen.get(read) ?? 0) + 1)
      if (sha256(body) === appBodies[i]) sameBodies++
      bodyBytes += body.length
    }
    cache.reads = null
    const upstreamResponses = (responses - before.responses) / keys.length
    const upstreamBytes = (responseBytes - before.responseBytes) / keys.length

    const forget = (i: number) => {
      for (const read of cold[i]!) cache.forgetLocal(read)
    }
    for (let pass = 0; pass < WARMUP_ROUNDS; pass++) {
      for (const [i, key] of keys.entries()) {
        forget(i)
        await run(kind, key)
      }
    }
    const perRequest = keys.map(() => 0)
    let rounds = 0
    let totalUs = 0
    while (rounds < MIN_ROUNDS || totalUs < options.minCpuMs * 1000) {
      for (const [i, key] of keys.entries()) {
        forget(i)
        const started = process.cpuUsage()
        await run(kind, key)
        const used = process.cpuUsage(started)
        perRequest[i]! += used.user + used.system
        totalUs += used.user + used.system
      }
      rounds++
    }
    const means = perRequest.map((us) => us / rounds)
    kinds[kind] = {
      requests: keys.length,
      rounds,
      cpuUsPerRequest: round(totalUs / rounds / keys.length),
      minUs: round(Math.min(...means)),
      maxUs: round(Math.max(...means)),
      upstreamResponses: round(upstreamResponses),
      upstreamBytes: Math.round(upstreamBytes),
      bodyBytes: Math.round(bodyBytes / keys.length),
      sameBodies,
      sharedKeys: [...seen.values()].filter((n) => n > 1).length,
      upstreamUrls: { warmup: urlsOf[kind][0]!, keys: urlsOf[kind].slice(1) },
    }
  }
  const figures: PureWorkFigures = { snapshotMs: Math.round(snapshotMs), recordedResponses: recorded.size, kinds }
  process.stdout.write(`${JSON.stringify(figures)}\n`)
}

/** The app's screen loader over its market store, the store's Gamma client sending with `fetch`. */
function screensOver(cache: SwrCache, fetchImpl: typeof fetch, baseUrl: string, profiles: Map<string, SearchProfile[]>) {
  const gamma = createGammaClient({ baseUrl, fetch: fetchImpl, rateLimits: UNLIMITED })
  // No hooks: the app's announce loads to its change detection (Redis), which is not the pure work.
  const markets = new MarketStore(gamma, cache)
  return createScreenLoader({ markets, profiles: async (q) => profiles.get(q) ?? [], cursorKey: () => derivedKey('feed-cursor v1') })
}

/** One miss as the route builds it, serialised as cachedJson serialises it. */
async function build(
  screens: ReturnType<typeof screensOver>,
  kind: MissKind,
  key: string,
  snapshot: ContentSnapshot,
  audience: ReturnType<typeof audienceFromHeaders>,
  now: Date,
  feedLimit: number,
): Promise<Buffer> {
  const loaded =
    kind === 'search'
      ? await screens.search(snapshot, key, audience, now)
      : kind === 'event'
        ? await screens.event(snapshot, key, audience, now)
        : await screens.feed(snapshot, key, { limit: feedLimit }, audience, now)
  return Buffer.from(JSON.stringify(loaded.view))
}

const round = (n: number) => Math.round(n * 10) / 10

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
