// Scenario 2c: the CPU one cache miss costs the app (front process and worker) against the pure work of that miss
// (parse + build + serialize, bench/pureWork.ts) timed alone: a distinct search, a cold event page, a cold feed page.
// Beside it, the floor: the CPU of a bare server doing a miss's I/O and no work (bench/bareMiss.ts), so the lowest
// ratio any server doing that I/O could reach here, (floor + pure) / pure, is printed next to the target.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import { performance } from 'node:perf_hooks'

import { BIG_FEED_TAG } from '../../replay/grow'
import type { ReplayDataset } from '../../replay/wire'
import { SEED_EXPLORE_TREE } from '../../src/seed/demoContent'
import type { MissKind, PureWorkFigures, PureWorkOptions } from '../pureWork'
import { type BenchContext, PATHS, cpuMs, frontAndWorker, threadCpuMs, fmt, get, getJson, pureWork, raw, recordMemory, row, sleep, startBareMiss, times, verdict, withChildren } from '../harness'
import { LIVE_EVENT } from './liveUpdates'

export const id = '2c'

/** 40 of each were too few on this machine: one old-generation collection more or less moved a kind's figure by a third. */
const SEARCHES = 80
/** A query naming a team of the seeded World Cup. */
const SEARCH_WARMUP = 'argentina'
const EVENTS = 80
const FEED_LIMIT = 20
/** Rounds over every floor request before the measured one. */
const FLOOR_WARMUP_ROUNDS = 4
/** The idle rate's slices: five of a second, the length of one of the job poller's cycles. */
const IDLE_SLICES = 5
const IDLE_SLICE_MS = 1_000
/** Event pages are not picked among the big feed's highest volumes: scenario 3 stampedes on one of its first page, cold. */
const TOP_OF_BIG_FEED = 100

interface Kind {
  /** The unmeasured first request: code paths loaded, and what every request of the kind shares (a search's tournament matches) read once. */
  warmup: string
  keys: string[]
  path: (key: string) => string
}

interface FloorMiss {
  requests: number
  cpuUsPerRequest: number
}

interface AppMiss {
  requests: number
  cpuUsPerRequest: number
  cpuMs: number
  idleMs: number
  wallMs: number
  upstreamCallsPerRequest: number
  bodyBytes: number
  /** CPU per request by thread, the idle rate not taken out: the worker's main thread, its other threads, the front process. */
  threadsUsPerRequest: { workerMain: number; workerHelpers: number; front: number }
}

export async function run(ctx: BenchContext): Promise<void> {
  const { app, quiet } = ctx
  console.log('\n2c. CPU per cache miss, app / pure work')
  const kinds = await pickKeys(ctx)
  const pids = withChildren(app.process.pid)
  if (pids.length < 2) console.log(`  only ${pids.length} app process found (front and worker expected)`)

  // What the app burns with nothing to do (live refresher, metrics), taken out of each kind's figure: the median of
  // one-second slices, so a one-off (a collection, a lazy load) in the idle window is not taken for the idle rate and
  // subtracted from every miss. A periodic cost that falls in one slice (the job poller) then stays in the misses.
  await quiet(app)
  const slices: number[] = []
  for (let slice = 0; slice < IDLE_SLICES; slice++) {
    const idleStart = cpuMs(pids)
    const idleStarted = performance.now()
    await sleep(IDLE_SLICE_MS)
    slices.push((cpuMs(pids) - idleStart) / (performance.now() - idleStarted))
  }
  const idlePerMs = slices.sort((a, b) => a - b)[Math.floor(IDLE_SLICES / 2)]!

  // Keep-alive, as an app keeps its connection: a miss is not also a TCP accept.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const measured = {} as Record<MissKind, AppMiss>
  const bodies = {} as Record<MissKind, string[]>
  try {
    for (const kind of Object.keys(kinds) as MissKind[]) {
      const result = await measureApp(ctx, pids, idlePerMs, kinds[kind], agent)
      measured[kind] = result.figures
      bodies[kind] = result.bodies
    }
  } finally {
    agent.destroy()
  }

  // After the app's run, not during it: the pure work would take the CPU the app's misses need (two cores).
  await quiet(app)
  const requests = Object.fromEntries(Object.entries(kinds).map(([kind, { warmup, keys }]) => [kind, { warmup, keys, appBodies: bodies[kind as MissKind] }])) as PureWorkOptions['requests']
  const pure = await pureWork({ replayUrl: ctx.replay.url, feedLimit: FEED_LIMIT, requests, minCpuMs: 1_000 }, { ...ctx.appEnv, NODE_ENV: 'production', LOG_LEVEL: 'error' })
  const floor = await measureFloor(ctx, kinds, pure)
  raw.missCost = {
    idleCpuPercent: Math.round(idlePerMs * 1000) / 10,
    idleSlicesPercent: slices.map((rate) => Math.round(rate * 1000) / 10),
    pids,
    app: measured,
    pure,
    floor,
    keys: Object.fromEntries(Object.entries(kinds).map(([kind, { warmup, keys }]) => [kind, { warmup, keys }])),
  }

  const labels: Record<MissKind, string> = { search: 'distinct search', event: 'cold event page', feed: `cold feed page of ${FEED_LIMIT}` }
  const all = Object.keys(kinds) as MissKind[]
  for (const kind of all) {
    const a = measured[kind]
    const p = pure.kinds[kind]
    const ratio = a.cpuUsPerRequest / p.cpuUsPerRequest
    const figure = `${times(ratio)} (${fmt(a.cpuUsPerRequest)} / ${fmt(p.cpuUsPerRequest)} µs)`
    row('2c', `${labels[kind]} miss: CPU per request, app / pure work`, `${fmt(a.cpuUsPerRequest)} µs`, `pure ${fmt(p.cpuUsPerRequest)} µs`, times(ratio), '≤ 1.5×', verdict(ratio <= 1.5), figure)
  }
  const each = (value: (kind: MissKind) => string | number) => all.map(value).join(' / ')
  row(
    '2c',
    'miss floor (search / event / feed): CPU per request of a bare server doing the I/O alone; the lowest ratio reachable, (floor + pure) / pure; the app against floor + pure',
    `${each((kind) => fmt(floor[kind].cpuUsPerRequest))} µs`,
    `reachable ${each((kind) => times((floor[kind].cpuUsPerRequest + pure.kinds[kind].cpuUsPerRequest) / pure.kinds[kind].cpuUsPerRequest))}; app ${each((kind) => times(measured[kind].cpuUsPerRequest / (floor[kind].cpuUsPerRequest + pure.kinds[kind].cpuUsPerRequest)))}`,
    '',
    '',
    'info',
  )
  const threadsOf = (kind: MissKind) => {
    const { workerMain, workerHelpers, front } = measured[kind].threadsUsPerRequest
    return `${fmt(workerMain)} / ${fmt(workerHelpers)} / ${fmt(front)}`
  }
  row(
    '2c',
    "misses (search; event; feed): the app's CPU per request by thread, idle included: the worker's main thread / its other threads (V8's garbage collector and compiler, libuv) / the front process",
    `${all.map(threadsOf).join('; ')} µs`,
    '',
    '',
    '',
    'info',
  )
  row(
    '2c',
    'misses (search / event / feed): requests; upstream calls each, app | pure; bodies the same in the pure run',
    `${each((kind) => measured[kind].requests)}; ${each((kind) => measured[kind].upstreamCallsPerRequest)} | ${each((kind) => pure.kinds[kind].upstreamResponses)}; ${each((kind) => pure.kinds[kind].sameBodies)}`,
    `app idle ${fmt(idlePerMs * 100, 1)} % of a core`,
    '',
    '',
    'info',
  )
  await quiet(app)
  await recordMemory(app, 'miss cost')
}

/**
 * N sequential misses of distinct keys; the app's CPU (front + worker, /proc) over them and over the settling after
 * the last (storing, telling the front), less what it burns idle in that wall time.
 */
async function measureApp({ app, quiet, upstreamCalls }: BenchContext, pids: number[], idlePerMs: number, kind: Kind, agent: http.Agent) {
  const first = await get(app.url, kind.path(kind.warmup), {}, agent)
  if (first.status !== 200) throw new Error(`${kind.path(kind.warmup)}: ${first.status} ${first.body.toString().slice(0, 300)}`)
  await quiet(app)
  const bodies: string[] = []
  let bytes = 0
  let calls = 0
  const { front, worker } = frontAndWorker(pids)
  const threads = () => ({ front: front === undefined ? 0 : cpuMs([front]), worker: worker === undefined ? { main: 0, helpers: 0 } : threadCpuMs(worker) })
  const threadsStart = threads()
  const cpuStart = cpuMs(pids)
  const started = performance.now()
  for (const key of kind.keys) {
    const urlPath = kind.path(key)
    const before = await upstreamCalls()
    const response = await get(app.url, urlPath, {}, agent)
    const made = (await upstreamCalls()) - before
    // Each must be a miss all the way: built here (not the response cache) from data fetched for it (not the market cache).
    if (response.status !== 200 || response.headers['x-cache'] !== 'miss' || made === 0) {
      throw new Error(`${urlPath}: ${response.status}, x-cache ${response.headers['x-cache']}, ${made} upstream calls: not a miss all the way`)
    }
    calls += made
    bytes += response.body.length
    bodies.push(createHash('sha256').update(response.body).digest('hex'))
  }
  await quiet(app)
  const wallMs = performance.now() - started
  const used = cpuMs(pids) - cpuStart
  const threadsEnd = threads()
  const idleMs = idlePerMs * wallMs
  const n = kind.keys.length
  const perRequest = (ms: number) => Math.round((ms / n) * 1000)
  const figures: AppMiss = {
    requests: n,
    cpuUsPerRequest: Math.round(((used - idleMs) / n) * 1000),
    cpuMs: Math.round(used),
    idleMs: Math.round(idleMs),
    wallMs: Math.round(wallMs),
    upstreamCallsPerRequest: Math.round((calls / n) * 100) / 100,
    bodyBytes: Math.round(bytes / n),
    threadsUsPerRequest: {
      workerMain: perRequest(threadsEnd.worker.main - threadsStart.worker.main),
      workerHelpers: perRequest(threadsEnd.worker.helpers - threadsStart.worker.helpers),
      front: perRequest(threadsEnd.front - threadsStart.front),
    },
  }
  return { figures, bodies }
}

/**
 * The floor over the same requests: bench/bareMiss.ts fetching the upstream URLs each one's pure run fetched, through
 * the same Redis (relay included) and replay as the app. Warm-up rounds first (code compiled, connections open), then
 * the measured round, sequential and keep-alive as the app's was, each request a miss again.
 */
async function measureFloor({ appEnv }: BenchContext, kinds: Record<MissKind, Kind>, pure: PureWorkFigures): Promise<Record<MissKind, FloorMiss>> {
  const all = Object.keys(kinds) as MissKind[]
  const routes: Record<string, string[]> = {}
  for (const kind of all) {
    const { warmup, keys } = pure.kinds[kind].upstreamUrls
    routes[kinds[kind].path(kinds[kind].warmup)] = warmup
    kinds[kind].keys.forEach((key, i) => (routes[kinds[kind].path(key)] = keys[i] ?? []))
  }
  const server = await startBareMiss({ redisUrl: appEnv.REDIS_URL!, prefix: `${appEnv.REDIS_KEY_PREFIX ?? ''}floor:`, routes })
  const warmAgent = new http.Agent({ keepAlive: true, maxSockets: 8 })
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const miss = async (urlPath: string, round: string, via: http.Agent) => {
    const response = await get(server.url, urlPath, { 'x-round': round }, via)
    if (response.status !== 200) throw new Error(`floor ${urlPath}: ${response.status} ${response.body.toString().slice(0, 300)}`)
  }
  try {
    // A bare server's CPU per miss falls by half over its first few hundred (JIT): the app has served more than that.
    for (let round = 0; round < FLOOR_WARMUP_ROUNDS; round++) await Promise.all(Object.keys(routes).map((urlPath) => miss(urlPath, `warm-up ${round}`, warmAgent)))
    await miss(Object.keys(routes)[0]!, 'connection', agent)
    const figures = {} as Record<MissKind, FloorMiss>
    for (const kind of all) {
      const started = cpuMs([server.pid])
      for (const key of kinds[kind].keys) await miss(kinds[kind].path(key), 'measured', agent)
      figures[kind] = { requests: kinds[kind].keys.length, cpuUsPerRequest: Math.round(((cpuMs([server.pid]) - started) / kinds[kind].keys.length) * 1000) }
    }
    return figures
  } finally {
    warmAgent.destroy()
    agent.destroy()
    await server.stop()
  }
}

/** Keys nothing has asked the app for yet, nor will before its own scenario does: distinct searches, events, tags. */
async function pickKeys({ app, datasetPath }: BenchContext): Promise<Record<MissKind, Kind>> {
  const dataset = JSON.parse(await readFile(datasetPath, 'utf8')) as ReplayDataset
  const open = dataset.events.filter((event) => !event.closed)

  // Words of open events' titles: each finds at least its own event, and a team's name finds every copy of its games.
  const words = [...new Set(open.flatMap((event) => event.title.toLowerCase().split(/[^a-z]+/)))].filter((word) => word.length >= 4).sort()
  // The warm-up names a World Cup team: the tournament's matches, read by every such query, are then warm for the
  // measured ones that name one too, in the app and in the pure run alike.
  const searches = [SEARCH_WARMUP, ...spread(words.filter((word) => word !== SEARCH_WARMUP), SEARCHES)]

  const sports = open.filter((event) => event.tags.some((tag) => tag.slug === BIG_FEED_TAG.slug))
  const bar = sports.map((event) => event.volume ?? 0).sort((a, b) => b - a)[TOP_OF_BIG_FEED - 1] ?? 0
  const events = spread(
    sports.filter((event) => event.volume !== undefined && event.volume < bar && event.slug !== LIVE_EVENT).map((event) => event.slug),
    EVENTS + 1,
  )

  // The tags this audience sees with a feed of their own, one per upstream query (two tags may read the same one,
  // e.g. a rollout of another's feed) and none that another scenario reads.
  const tree = await getJson<{ tags: TreeNode[] }>(app.url, PATHS.explore)
  const queries = seededQueries()
  const taken = new Set(
    Object.values(PATHS)
      .flatMap((urlPath) => /\/explore\/([^/]+)\/events/.exec(urlPath)?.[1] ?? [])
      .map((slug) => queries.get(slug)),
  )
  const tags: string[] = []
  for (const node of flatten(tree.tags)) {
    const query = queries.get(node.slug)
    if (node.kind === 'world-cup-group' || query === undefined || taken.has(query)) continue
    taken.add(query)
    tags.push(node.slug)
  }

  const kind = (keys: string[], path: (key: string) => string): Kind => ({ warmup: keys[0]!, keys: keys.slice(1), path })
  return {
    search: kind(searches, (q) => `/api/v1/search?q=${encodeURIComponent(q)}`),
    event: kind(events, (slug) => `/api/v1/events/${slug}`),
    feed: kind(tags, (tag) => `/api/v1/explore/${tag}/events?limit=${FEED_LIMIT}`),
  }
}

interface TreeNode {
  slug: string
  kind: string
  children: TreeNode[]
}

/**
 * What decides a seeded tag's upstream queries, by slug: the tag ids of its filters and its ancestors' (inherited; a
 * repeated one adds nothing), its time window (its own or inherited), sort and market status, as
 * src/content/compile.ts compiles them.
 */
function seededQueries(): Map<string, string> {
  const queries = new Map<string, string>()
  const visit = (nodes: typeof SEED_EXPLORE_TREE, filters: string[], window: string | null) => {
    for (const node of nodes) {
      const own = [...new Set([...filters, ...(node.filterTagIds ?? []).map((tagId) => `${node.filterMatch ?? 'all'}:${tagId}`)])].sort()
      const ownWindow = (node.kind === 'time-period' && node.timeWindow) || window
      queries.set(node.slug, JSON.stringify([own, ownWindow, node.sort ?? 'volume', node.marketStatus ?? 'open']))
      visit(node.children ?? [], own, ownWindow)
    }
  }
  visit(SEED_EXPLORE_TREE, [], null)
  return queries
}

const flatten = (nodes: TreeNode[]): TreeNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)])

/** `n` items spread evenly over `items` (all of them when there are fewer). */
const spread = <T>(items: T[], n: number): T[] => (items.length <= n ? items : Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!))
