// Scenario 2c: the CPU one cache miss costs the app (front process and worker) against the pure work of that miss
// (parse + build + serialize, bench/pureWork.ts) timed alone: a distinct search, a cold event page, a cold feed page.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import { performance } from 'node:perf_hooks'

import { BIG_FEED_TAG } from '../../replay/grow'
import type { ReplayDataset } from '../../replay/wire'
import { SEED_EXPLORE_TREE } from '../../src/seed/demoContent'
import type { MissKind, PureWorkOptions } from '../pureWork'
import { type BenchContext, PATHS, cpuMs, fmt, get, getJson, pureWork, raw, recordMemory, row, sleep, times, verdict, withChildren } from '../harness'
import { LIVE_EVENT } from './liveUpdates'

export const id = '2c'

const SEARCHES = 40
/** A query naming a team of the seeded World Cup. */
const SEARCH_WARMUP = 'argentina'
const EVENTS = 40
const FEED_LIMIT = 20
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

interface AppMiss {
  requests: number
  cpuUsPerRequest: number
  cpuMs: number
  idleMs: number
  wallMs: number
  upstreamCallsPerRequest: number
  bodyBytes: number
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
  raw.missCost = {
    idleCpuPercent: Math.round(idlePerMs * 1000) / 10,
    idleSlicesPercent: slices.map((rate) => Math.round(rate * 1000) / 10),
    pids,
    app: measured,
    pure,
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
  const idleMs = idlePerMs * wallMs
  const n = kind.keys.length
  const figures: AppMiss = {
    requests: n,
    cpuUsPerRequest: Math.round(((used - idleMs) / n) * 1000),
    cpuMs: Math.round(used),
    idleMs: Math.round(idleMs),
    wallMs: Math.round(wallMs),
    upstreamCallsPerRequest: Math.round((calls / n) * 100) / 100,
    bodyBytes: Math.round(bytes / n),
  }
  return { figures, bodies }
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
