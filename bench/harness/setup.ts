// Everything the scenarios run against: the app built, Postgres and Redis found as the tests find them, a throwaway
// database and key prefix, the replay upstream, the counting relays, the demo content seeded, the production server.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { Redis } from 'ioredis'
import pg from 'pg'

import { BIG_FEED_TAG, writeBenchDataset } from '../../replay/grow'
import { type RunningApp, startApp } from '../../test/support/app'
import { ensureBuild } from '../../test/support/build'
import { createDatabase, dropDatabase, resolvePostgres, resolveRedis } from '../../test/support/services'
import { startPgRelay } from '../pgRelay'
import { startRedisRelay } from '../redisRelay'
import { startReplayProcess } from './children'
import { onCleanup } from './cleanup'
import type { AppContext } from './context'
import { get } from './http'
import { APP_NODE_ARGS, BENCH_ADMIN, SKIP_BUILD, UPSTREAM_LATENCY_MS, BENCH_OPS_TOKEN } from './options'
import type { Machine } from './results'
import { quiesce } from './sampling'

/** The app's settings a bench run may change from its environment (besides `MALLOC_*`). */
const PASSED_ENV = new Set(['WORKER_HEAP_MB', 'FRONT_PROCESS'])

/** Builds the app if `.next` is stale (unless BENCH_SKIP_BUILD=1); returns the seconds it took. */
export async function buildApp(): Promise<number> {
  if (SKIP_BUILD) return 0
  const buildStarted = performance.now()
  await ensureBuild()
  return Math.round((performance.now() - buildStarted) / 1000)
}

export async function setUp(runId: string, machine: Machine): Promise<AppContext> {
  const services = await startServices(runId, machine)
  const { postgres, redisService, databaseUrl, dataset, replay, relay, redisRelay } = services
  const appEnv = {
    DATABASE_URL: relay.url,
    REDIS_URL: redisRelay.url,
    GAMMA_URL: replay.url,
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    REDIS_KEY_PREFIX: services.prefix,
    // Every load generator connects from 127.0.0.1, i.e. as one client: the SSE fan-out opens 1,000 streams.
    LIVE_STREAMS_PER_CLIENT: '100000',
    OPS_TOKEN: BENCH_OPS_TOKEN,
    CLIENT_MISS_LIMIT: '1000000',
    // Scenario 5 measures Payload's REST throughput from one client.
    PAYLOAD_REST_LIMIT: '1000000',
    LIVE_STREAMS_PER_REPLICA: '100000',
    // glibc's allocator, the worker's heap limit and the process layout, as the app's deployment would set them (e.g.
    // MALLOC_ARENA_MAX, WORKER_HEAP_MB, FRONT_PROCESS=off): passed on when set.
    ...Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => (entry[0].startsWith('MALLOC_') || PASSED_ENV.has(entry[0])) && entry[1] !== undefined)),
  }
  console.log(`postgres ${machine.postgres} (${postgres.origin}) · redis (${redisService.origin}) · replay ${replay.url} at ${UPSTREAM_LATENCY_MS} ms · ${dataset.openEvents} open events under "${BIG_FEED_TAG.slug}"`)
  await seed(appEnv, databaseUrl, redisService.url)

  const app = await startApp(appEnv, { nodeArgs: APP_NODE_ARGS })
  onCleanup('app', () => app.stop())
  console.log(`app ${app.url} (pid ${app.process.pid})`)
  const queries = () => relay.queries()
  const redisCommands = () => redisRelay.commands()
  const quiet = (...apps: RunningApp[]) => quiesce(apps.map((running) => running.process.pid), queries)
  const costPerRequest = async (base: string, urlPath: string, n = 20) => {
    await get(base, urlPath)
    await quiet(app)
    const q = queries()
    const r = redisCommands()
    for (let i = 0; i < n; i++) await get(base, urlPath)
    await quiet(app)
    return { queries: (queries() - q) / n, redisCommands: (redisCommands() - r) / n }
  }
  const upstreamCalls = async () => (await replay.counters()).total
  return { runId, postgres, redisService, dir: services.dir, dataset, datasetPath: services.datasetPath, replay, relay, redisRelay, appEnv, app, queries, redisCommands, upstreamCalls, quiet, costPerRequest }
}

/** Each piece registers its own cleanup as soon as it exists, so a failure part-way removes what was made. */
async function startServices(runId: string, machine: Machine) {
  const [postgres, redisService] = await Promise.all([resolvePostgres(), resolveRedis()])
  onCleanup('postgres', () => postgres.stop())
  onCleanup('redis', () => redisService.stop())
  const database = `pb_bench_${runId}`
  const databaseUrl = await createDatabase(postgres.url, database)
  onCleanup('database', () => dropDatabase(postgres.url, database))
  {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    machine.postgres = (await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version
    await client.end()
  }
  const prefix = `pb:bench:${runId}:`
  onCleanup('redis keys', async () => {
    const redis = new Redis(redisService.url, { lazyConnect: true, maxRetriesPerRequest: 1 })
    await redis.connect()
    const stream = redis.scanStream({ match: `${prefix}*`, count: 1000 })
    for await (const keys of stream as AsyncIterable<string[]>) if (keys.length) await redis.unlink(...keys)
    await redis.quit()
  })

  const dir = await mkdtemp(path.join(os.tmpdir(), 'playbook-bench-'))
  onCleanup('temp dir', () => rm(dir, { recursive: true, force: true }))
  const datasetPath = path.join(dir, 'dataset.json')
  const dataset = await writeBenchDataset(datasetPath)
  const replay = await startReplayProcess({ latencyMs: UPSTREAM_LATENCY_MS, datasetPath })
  onCleanup('replay', () => replay.stop())
  const relay = await startPgRelay(databaseUrl)
  onCleanup('pg relay', () => relay.stop())
  const redisRelay = await startRedisRelay(redisService.url)
  onCleanup('redis relay', () => redisRelay.stop())
  return { postgres, redisService, databaseUrl, prefix, dir, dataset, datasetPath, replay, relay, redisRelay }
}

/** Seeded before the app starts, so no snapshot of an empty configuration is ever built. */
async function seed(appEnv: Record<string, string>, databaseUrl: string, redisUrl: string): Promise<void> {
  const seedStarted = performance.now()
  const env = { ...process.env, ...appEnv, DATABASE_URL: databaseUrl, NODE_ENV: 'production' as const, LOG_LEVEL: 'error', NEXT_TELEMETRY_DISABLED: '1' }
  await runScript(['src/seed/cli.ts'], { ...env, REDIS_URL: redisUrl }, 'seed')
  await runScript(['test/support/createUser.ts', BENCH_ADMIN.email, BENCH_ADMIN.password, 'admin'], env, 'creating the bench admin')
  console.log(`seeded in ${Math.round(performance.now() - seedStarted)} ms`)
}

function runScript(args: string[], env: NodeJS.ProcessEnv, what: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] })
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited with ${code}`))))
  })
}
