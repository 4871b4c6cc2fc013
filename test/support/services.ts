/** Finds or starts the Postgres and Redis that tests run against: env vars, else local services, else our own. */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { freePort, startEmbeddedPostgres } from '../../src/db/embedded'

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

export async function resolveRedis(): Promise<Service> {
  const fromEnv = process.env.REDIS_URL
  if (fromEnv) return { url: fromEnv, origin: 'env', stop: async () => {} }
  if (await redisAnswers(LOCAL_REDIS)) return { url: LOCAL_REDIS, origin: 'local', stop: async () => {} }
  const port = await freePort()
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  })
  const url = `redis://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 50 && !(await redisAnswers(url)); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (!(await redisAnswers(url))) {
    child.kill()
    throw new Error('No Redis: set REDIS_URL, run one on 127.0.0.1:6379, or install redis-server')
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
