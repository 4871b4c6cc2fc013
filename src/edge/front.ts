/**
 * The front process (`FRONT_PROCESS=on`, the production default). It accepts every connection, answers
 * response-cache hits from its copy of the worker's cache, and passes everything else to the worker, a child process
 * hosting Next, Payload and the services, over a Unix socket. A hit answered in the process hosting Next cost about
 * twice the CPU of the same bytes from a bare server (BENCHMARKS.md); here it costs what a bare server's does plus a
 * key and a lookup. The worker tells the front of every response it stores, drops or clears (frontLink.ts), so the
 * copy is never fresher than the worker's own cache; entries keep their expiry, and keys their audience signature.
 */
import { type ChildProcess, fork } from 'node:child_process'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { Env } from '../config/env'
import { unavailable } from '../errors'
import { CLIENT_COUNTRY_HEADER } from '../http/audienceHeaders'
import { PROBLEM_CONTENT_TYPE, problemBody } from '../http/problem'
import { type AudienceRuleSet, ResponseCache } from '../http/responseCache'
import { randomHex } from '../log/context'
import type { Logger } from '../log/logger'
import { RequestDurations } from '../metrics/http'
import { clientIdentity, trustedProxies } from './clientIdentity'
import { parseOrigins } from './cors'
import { believedCountry } from './country'
import { serveFastPath } from './fastPath'
import type { FrontMessage, WorkerMessage } from './frontProtocol'
import { CLIENT_IP_HEADER } from './requestLog'

/** Live streams: their connections are handed to the worker, so each frame is written once, by the process that has it. */
const STREAM_PATHS = new Set(['/api/v1/live', '/embed/v1/live'])

/** Headers of one connection, not of the request or response: never passed through. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'])

export interface Front {
  port: number
  /** Resolves with the worker's exit code once the front has closed. */
  closed: Promise<number>
}

export interface FrontOptions {
  /** The environment the worker starts with (the launch's, before .env files: the worker reads those itself). */
  workerEnv: NodeJS.ProcessEnv
  /** Starts a request's server span (tracing on). */
  startSpan?: (req: IncomingMessage, res: ServerResponse) => unknown
}

export async function startFront(config: Env, host: string, log: Logger, { workerEnv, startSpan }: FrontOptions): Promise<Front> {
  const trust = trustedProxies(config.TRUSTED_PROXIES)
  const { cache, durations, apply } = cacheMirror()
  const edge = {
    corsOrigins: parseOrigins(config.CORS_ORIGINS),
    durations: () => durations,
    country: (req: IncomingMessage) => believedCountry(req, config.COUNTRY_HEADER, trust),
    client: (req: IncomingMessage) => clientIdentity(req, trust),
  }
  const socketPath = path.join(os.tmpdir(), `playbook-worker-${process.pid}-${randomHex(4)}.sock`)
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 256 })

  // Who the client is and where it is, as this edge believes it: the worker trusts these from its front only.
  const believed = (req: IncomingMessage) => {
    const headers: http.OutgoingHttpHeaders = {}
    for (const name in req.headers) if (!HOP_BY_HOP.has(name)) headers[name] = req.headers[name]
    headers[CLIENT_IP_HEADER] = clientIdentity(req, trust)
    const country = believedCountry(req, config.COUNTRY_HEADER, trust)
    if (country) headers[CLIENT_COUNTRY_HEADER] = country
    else delete headers[CLIENT_COUNTRY_HEADER]
    return headers
  }

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const headers = believed(req)
    const inner = http.request({ socketPath, agent, method: req.method, path: req.url, headers }, (answer) => {
      const out: string[] = []
      const raw = answer.rawHeaders
      for (let i = 0; i < raw.length; i += 2) if (!HOP_BY_HOP.has(raw[i]!.toLowerCase())) out.push(raw[i]!, raw[i + 1]!)
      // The head goes out with the first chunk of the body (one write); chunks pass through as they come.
      res.writeHead(answer.statusCode ?? 502, out)
      answer.pipe(res)
    })
    inner.on('error', (error) => {
      if (res.headersSent) {
        res.destroy()
        return
      }
      log.warn({ component: 'front', err: error, path: req.url?.split('?')[0] }, 'worker unreachable')
      const body = problemBody(unavailable('replica.starting', { detail: 'This replica is starting; retry in a moment.', cause: error }), randomHex(16))
      res.writeHead(503, { 'content-type': PROBLEM_CONTENT_TYPE, 'retry-after': '1' }).end(JSON.stringify(body))
    })
    // A client gone before its answer ends (a closed live stream) ends the request to the worker too.
    res.once('close', () => {
      if (!res.writableFinished) inner.destroy()
    })
    req.pipe(inner)
  }

  /** The worker once it listens and takes handed-over connections (its `ready` message); until then requests are forwarded (503 while it boots). */
  let ready: ChildProcess | undefined
  /**
   * A live stream's connection goes to the worker with its request head (re-serialised, with the headers this edge
   * sets): the worker's server reads the request from it as if it had accepted it. The stream's frames then go out
   * from the worker directly, not through a second socket here.
   */
  const handOff = (req: IncomingMessage, res: ServerResponse) => {
    if (!ready?.connected) return forward(req, res)
    const lines = [`GET ${req.url} HTTP/1.1`]
    for (const [name, value] of Object.entries(believed(req))) for (const item of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${item}`)
    lines.push('connection: keep-alive')
    const message: FrontMessage = { type: 'connection', head: `${lines.join('\r\n')}\r\n\r\n` }
    ready.send(message, req.socket, { keepOpen: false }, (error) => {
      if (error) res.destroy()
    })
  }

  const server = http.createServer((req, res) => {
    // With tracing on, every request gets its span here; a passed-on one carries it to the worker in `traceparent`.
    startSpan?.(req, res)
    if (serveFastPath(cache, req, res, edge)) return
    if (req.method === 'GET' && STREAM_PATHS.has(req.url?.split('?')[0] ?? '')) handOff(req, res)
    else forward(req, res)
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve) => server.listen(config.PORT, host, resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.PORT

  const child = fork(process.argv[1]!, process.argv.slice(2), {
    env: { ...workerEnv, PORT: String(port), PLAYBOOK_WORKER_SOCKET: socketPath },
    execArgv: workerNodeFlags(process.execArgv, config.WORKER_HEAP_MB),
    serialization: 'advanced',
    stdio: 'inherit',
  })
  child.on('message', (message: WorkerMessage) => {
    if (message.type === 'ready') ready = child
    const reply = apply(message)
    if (reply) child.send(reply)
  })
  return { port, closed: superviseWorker(child, server, log) }
}

const HEAP_LIMIT_FLAG = /^--max[-_]old[-_]space[-_]size(=|$)/

/**
 * The worker runs with the front's node flags, its heap limit set to `heapMb`: a limit among the front's flags
 * (`--flag=value` or `--flag value`) is replaced, and one in NODE_OPTIONS is overridden (flags on the command line win).
 */
export function workerNodeFlags(flags: readonly string[], heapMb: number): string[] {
  const kept: string[] = []
  for (let i = 0; i < flags.length; i++) {
    const match = HEAP_LIMIT_FLAG.exec(flags[i]!)
    if (!match) kept.push(flags[i]!)
    else if (match[1] === '') i++ // its value is the next argument
  }
  return [...kept, `--max-old-space-size=${heapMb}`]
}

/**
 * The front's copy of the worker's response cache, kept by the worker's messages (frontLink.ts), and what the
 * front counted for the worker's metrics. `apply` returns the answer a message asks for, if any.
 */
export function cacheMirror() {
  let rules: AudienceRuleSet | undefined
  const cache = new ResponseCache(Date.now, { audience: { latest: () => rules, current: async () => rules ?? { version: 0, rules: [] } } })
  const durations = new RequestDurations()
  const reported = { hits: 0, notModified: 0, fastPathHits: 0 }
  const apply = (message: WorkerMessage): FrontMessage | undefined => {
    switch (message.type) {
      case 'rules':
        rules = message.rules
        return undefined
      case 'stored': {
        // Buffers arrive as Uint8Arrays.
        const { body } = message.entry
        cache.put(message.key, { ...message.entry, body: Buffer.from(body.buffer, body.byteOffset, body.byteLength) })
        return undefined
      }
      case 'dropped':
        cache.dropEvents(new Set(message.slugs))
        return undefined
      case 'cleared':
        cache.clear()
        return undefined
      case 'stats?': {
        const { hits, notModified, fastPathHits } = cache.counters
        const counters = { hits: hits - reported.hits, notModified: notModified - reported.notModified, fastPathHits: fastPathHits - reported.fastPathHits }
        Object.assign(reported, { hits, notModified, fastPathHits })
        return { type: 'stats', counters, durations: durations.drain() }
      }
      case 'ready':
        return undefined
    }
  }
  return { cache, durations, apply }
}

/**
 * SIGTERM or SIGINT: stop accepting, let the worker shut down gracefully (it tells live streams to reconnect and
 * finishes what is in flight), then close. A worker that dies on its own ends the front too: the orchestrator
 * restarts the pair.
 */
function superviseWorker(worker: ChildProcess, server: http.Server, log: Logger): Promise<number> {
  return new Promise<number>((resolve) => {
    let closing = false
    const close = (signal: NodeJS.Signals) => {
      if (closing) return
      closing = true
      log.info({ component: 'front', signal }, 'shutting down')
      server.close()
      const reaper = setInterval(() => server.closeIdleConnections(), 100)
      reaper.unref()
      worker.kill(signal)
    }
    process.on('SIGTERM', () => close('SIGTERM'))
    process.on('SIGINT', () => close('SIGINT'))
    worker.once('exit', (code, signal) => {
      if (!closing) log.fatal({ component: 'front', code, signal }, 'worker exited')
      server.closeAllConnections()
      server.close(() => resolve(closing ? (code ?? 0) : 1))
    })
  })
}
