/**
 * The mobile API's cacheable GET routes and the live streams, called by the custom server directly. The route
 * handlers stay the API's definition, and Next still serves them in development and before the composition root
 * exists; a miss here skips Next's routing, request wrapping and tracing, which cost more CPU than the miss's own
 * work, and a live stream's frames go from the stream to the socket in one step, not through Next's stream
 * transforms (see BENCHMARKS.md). Every other route, and any path not matched exactly, goes to Next.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { GET as feed } from '../app/api/v1/explore/[tag]/events/route'
import { GET as explore } from '../app/api/v1/explore/route'
import { GET as event } from '../app/api/v1/events/[slug]/route'
import { GET as leaderboard } from '../app/api/v1/leaderboard/route'
import { GET as wallet } from '../app/api/v1/rewards/wallets/[address]/route'
import { GET as search } from '../app/api/v1/search/route'
import { GET as worldCupGroup } from '../app/api/v1/world-cup/groups/[letter]/route'
import { GET as worldCup } from '../app/api/v1/world-cup/route'
import { GET as live } from '../app/api/v1/live/route'
import { GET as embedLive } from '../app/embed/v1/live/route'
import { problemResponse } from '../http/problem'
import { traceIdFrom } from '../log/context'
import { logger } from '../log/logger'
import { currentServices } from '../root'
import { derivedFrom } from '../utilities/derivedFrom'

type Params = Record<string, string>
// Each handler types its own params; they are all strings from the path.
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>

/** Path segments after the leading `/`; `:name` is a parameter. */
const ROUTES: Array<{ segments: string[]; handler: Handler }> = [
  { segments: ['api', 'v1', 'explore'], handler: explore },
  { segments: ['api', 'v1', 'explore', ':tag', 'events'], handler: feed },
  { segments: ['api', 'v1', 'events', ':slug'], handler: event },
  { segments: ['api', 'v1', 'search'], handler: search },
  { segments: ['api', 'v1', 'world-cup'], handler: worldCup },
  { segments: ['api', 'v1', 'world-cup', 'groups', ':letter'], handler: worldCupGroup },
  { segments: ['api', 'v1', 'leaderboard'], handler: leaderboard },
  { segments: ['api', 'v1', 'rewards', 'wallets', ':address'], handler: wallet },
  { segments: ['api', 'v1', 'live'], handler: live },
  { segments: ['embed', 'v1', 'live'], handler: embedLive },
]

const PREFIXES = ['/api/v1/', '/embed/v1/']
const served = (url: string) => PREFIXES.some((prefix) => url.startsWith(prefix))

/** The handler and params for a request path, or null (Next's to serve). Parameters are decoded as Next decodes them. */
export function matchDirectRoute(pathname: string): { handler: Handler; params: Params } | null {
  if (!served(pathname)) return null
  const parts = pathname.slice(1).split('/')
  for (const { segments, handler } of ROUTES) {
    if (segments.length !== parts.length) continue
    const params: Params = {}
    let matched = true
    for (let i = 0; i < segments.length && matched; i++) {
      const segment = segments[i]!
      const part = parts[i]!
      if (segment.startsWith(':')) {
        const value = decoded(part)
        if (value === null || value === '') matched = false
        else params[segment.slice(1)] = value
      } else matched = segment === part
    }
    if (matched) return { handler, params }
  }
  return null
}

/**
 * Answers a GET of one of the routes above (returns true) once the composition root exists; the route's own wrapper
 * turns its errors into problem responses. `run` enters the request's trace context.
 */
export function serveDirect(req: IncomingMessage, res: ServerResponse, run: <T>(fn: () => T) => T = (fn) => fn()): boolean {
  if (req.method !== 'GET' || !req.url || !served(req.url) || !currentServices()) return false
  const url = new URL(req.url, 'http://localhost')
  const match = matchDirectRoute(url.pathname)
  if (!match) return false
  run(() => void respond(req, res, url, match.handler, match.params))
  return true
}

async function respond(req: IncomingMessage, res: ServerResponse, url: URL, handler: Handler, params: Params): Promise<void> {
  // A client gone mid-request aborts it, as Next does: a live stream ends with its client. A response sent in full
  // closes too, and is not aborted: an abort makes a DOMException with its stack, 0.5 % of a cold event page.
  const abort = new AbortController()
  res.once('close', () => {
    if (!res.writableFinished) abort.abort()
  })
  let response: Response
  try {
    response = await handler(new Request(url, { headers: headersOf(req), signal: abort.signal }), { params: Promise.resolve(params as never) })
  } catch (error) {
    // The route wrapper answers its own errors; this is a failure before it ran (e.g. an unreadable header).
    response = problemResponse(error, traceIdFrom(req.headers.traceparent as string | undefined), url.pathname)
  }
  try {
    const headers: string[] = []
    response.headers.forEach((value, name) => headers.push(name, value))
    if (response.body && response.headers.get('content-type')?.startsWith('text/event-stream')) return await stream(response.body, res, headers, response.status)
    const body = Buffer.from(await response.arrayBuffer())
    headers.push('content-length', String(body.length))
    res.writeHead(response.status, headers).end(body)
  } catch (error) {
    logger.error({ err: error, path: url.pathname }, 'writing a direct route response failed')
    res.destroy()
  }
}

/**
 * A stream's chunks are written as they come; while the socket's buffer is full the next is not read, so the stream's
 * own queue fills and the stream drops a client that stopped reading (see live/sse.ts). A chunked response's chunks
 * go to the socket in one write each, framed once per chunk: a live message's frame is one array shared by all its
 * clients, so its framing is too, where the response's own `write` would frame it again per client in three writes.
 */
async function stream(body: ReadableStream<Uint8Array>, res: ServerResponse, headers: string[], status: number): Promise<void> {
  res.writeHead(status, headers)
  res.flushHeaders()
  const socket = res.chunkedEncoding ? res.socket : null
  const write = socket ? (bytes: Uint8Array) => socket.write(chunked(bytes)) : (bytes: Uint8Array) => res.write(bytes)
  const drained = socket ?? res
  const reader = body.getReader()
  res.once('close', () => void reader.cancel().catch(() => undefined))
  for (;;) {
    const { done, value } = await reader.read()
    if (done || res.destroyed) break
    if (!write(value)) await drainOrClose(drained, res)
  }
  res.end()
}

/** Waits for the buffer to drain, or the client to leave; no listener outlives the wait. */
function drainOrClose(drained: NodeJS.EventEmitter, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      drained.off('drain', done)
      res.off('close', done)
      resolve()
    }
    drained.once('drain', done)
    res.once('close', done)
  })
}

const CRLF = Buffer.from('\r\n')

/** `bytes` as one HTTP/1.1 chunk (size line, bytes, CRLF), as the response would frame it; made once per array, so once per message for a live frame. */
export const chunked = derivedFrom((bytes: Uint8Array): Buffer => Buffer.concat([Buffer.from(`${bytes.byteLength.toString(16)}\r\n`), bytes, CRLF]))

/** From `req.headers`, not the raw ones: the edge has set the client identity, country and trace there. */
function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers()
  for (const name in req.headers) {
    const value = req.headers[name]
    if (typeof value === 'string') headers.append(name, value)
    else if (value) for (const item of value) headers.append(name, item)
  }
  return headers
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}
