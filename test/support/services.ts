/** Finds or starts the Postgres and Redis that tests run against: env vars, else local services, else our own. */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { freePort, startEmbeddedPostgres } from '../../src/db/embedded'
import { onPath, SetupError, aptInstall } from './provision'

export interface Service {
  url: string
  origin: 'env' | 'local' | 'started'
  stop: () => Promise<void>
}

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres'
const LOCAL_REDIS = 'redis://127.0.0.1:6379'

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(2_000, () => done(false))
    socket.on('error', () => done(false))
    socket.on('connect', () => socket.write('PING\r\n'))
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')))
  })
}

/** An admin URL of a Postgres server on which tests may create and drop databases. */
export async function resolvePostgres(): Promise<Service> {
  const fromEnv = process.env.DATABASE_URL
  if (fromEnv) return { url: fromEnv, origin: 'env', stop: async () => {} }
  if (await postgresAnswers(LOCAL_POSTGRES)) return { url: LOCAL_POSTGRES, origin: 'local', stop: async () => {} }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'playbook-test-pg-'))
  const database = await startEmbeddedPostgres(path.join(dir, 'pg'), 'postgres')
  return {
    url: database.url,
    origin: 'started',
    stop: async () => {
      await database.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

export const REDIS_HINT = 'No Redis for the tests: install redis-server (Debian: apt-get install redis-server; macOS: brew install redis), run one on 127.0.0.1:6379, or set REDIS_URL.'

/** `redis-server` on PATH, installed with apt-get where we can; a SetupError naming what to install where we cannot. */
export function ensureRedisServer(): string {
  const found = onPath('redis-server')
  if (found) return found
  aptInstall('redis-server', REDIS_HINT)
  const installed = onPath('redis-server') ?? (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : null)
  if (!installed) throw new SetupError(`${REDIS_HINT} (installed, but not on PATH)`)
  return installed
}

export async function resolveRedis(): Promise<Service> {
  const fromEnv = process.env.REDIS_URL
  if (fromEnv) return { url: fromEnv, origin: 'env', stop: async () => {} }
  const local = process.env.PLAYBOOK_LOCAL_REDIS ?? LOCAL_REDIS
  if (await redisAnswers(local)) return { url: local, origin: 'local', stop: async () => {} }
  const binary = ensureRedisServer()
  const port = await freePort()
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  const failed = new Promise<Error>((resolve) => child.once('error', resolve))
  const url = `redis://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 50 && !(await redisAnswers(url)); attempt++) {
    const error = await Promise.race([failed, new Promise<null>((resolve) => setTimeout(() => resolve(null), 100))])
    if (error) throw new SetupError(`${REDIS_HINT} (${binary} did not start: ${error.message})`)
  }
  if (!(await redisAnswers(url))) {
    child.kill()
    throw new SetupError(`${REDIS_HINT} (${binary} started but does not answer on ${url})`)
  }
  return { url, origin: 'started', stop: async () => void child.kill('SIGTERM') }
}

/** The URL of `database` on the same server as `adminUrl`. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  return url.toString()
}

export async function createDatabase(adminUrl: string, database: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${database}"`)
  } finally {
    await client.end()
  }
  return databaseUrl(adminUrl, database)
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
