// The floor of a cache miss, for scenario 2c: a bare node:http server doing the I/O a miss of the app must do and
// no work. Per request, for each upstream URL the app's miss fetched: one Redis script (read the entry, take the
// lock), the upstream call with undici over a keep-alive pool, one Redis script (store the upstream's bytes, release
// the lock); then the last upstream body is sent as is. No parsing, no building, no serialising (that is the pure
// work, timed by bench/pureWork.ts), no second process, no tracing, no limits.
// `node --import tsx bench/bareMiss.ts '<json options>'` prints `ready <port>`.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { Redis } from 'ioredis'
import { Agent, request } from 'undici'

export interface BareMissOptions {
  redisUrl: string
  /** Redis key prefix of this run: the entries it stores are its own. */
  prefix: string
  /** By request path: the upstream URLs the app's miss of that path fetched. */
  routes: Record<string, string[]>
}

const READ = `local value = redis.call('GET', KEYS[1])
if value then return value end
redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2])
return false`
const STORE = `redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then return redis.call('DEL', KEYS[2]) end
return 0`

interface FloorRedis extends Redis {
  floorRead(entry: string, lock: string, token: string, lockTtlMs: number): Promise<string | null>
  floorStore(entry: string, lock: string, value: string, ttlMs: number, token: string): Promise<number>
}

const options = JSON.parse(process.argv[2]!) as BareMissOptions
const redis = new Redis(options.redisUrl) as FloorRedis
redis.defineCommand('floorRead', { numberOfKeys: 2, lua: READ })
redis.defineCommand('floorStore', { numberOfKeys: 2, lua: STORE })
const dispatcher = new Agent({ connections: 8 })
let tokens = 0

/** `round` (a request header) keeps each round's entries apart: a round after the first is a miss again. */
async function miss(urls: string[], round: string): Promise<string> {
  let body = ''
  for (const url of urls) {
    const key = `${options.prefix}${round}:${url}`
    const token = String(++tokens)
    const cached = await redis.floorRead(key, `${key}:lock`, token, 5_000)
    if (cached !== null) {
      body = cached
      continue
    }
    const response = await request(url, { method: 'GET', dispatcher })
    body = await response.body.text()
    await redis.floorStore(key, `${key}:lock`, body, 60_000, token)
  }
  return body
}

const server = http.createServer((req, res) => {
  const urls = options.routes[req.url ?? '']
  if (!urls) {
    res.writeHead(404).end()
    return
  }
  miss(urls, String(req.headers['x-round'] ?? '0')).then(
    (body) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body),
    (error: unknown) => res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error)),
  )
})
server.keepAliveTimeout = 65_000
server.listen(0, '127.0.0.1', () => process.stdout.write(`ready ${(server.address() as AddressInfo).port}\n`))
process.on('SIGTERM', () => {
  server.close(() => {
    void Promise.all([redis.quit(), dispatcher.close()]).finally(() => process.exit(0))
  })
  server.closeAllConnections()
})
