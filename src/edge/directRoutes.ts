/**
 * The mobile API's cacheable GET routes, called by the custom server directly when the response cache cannot
 * answer. The route handlers stay the API's definition, and Next still serves them in development and before the
 * composition root exists; a miss here skips Next's routing, request wrapping and tracing, which cost more CPU than
 * the miss's own work (see BENCHMARKS.md). Every other route, and any path not matched exactly, goes to Next.
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
import { problemResponse } from '../http/problem'
import { traceIdFrom } from '../log/context'
import { logger } from '../log/logger'
import { currentServices } from '../root'

type Params = Record<string, string>
// Each handler types its own params; they are all strings from the path.
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>

/** Path segments after `/api/v1/`; `:name` is a parameter. */
const ROUTES: Array<{ segments: string[]; handler: Handler }> = [
  { segments: ['explore'], handler: explore },
  { segments: ['explore', ':tag', 'events'], handler: feed },
  { segments: ['events', ':slug'], handler: event },
  { segments: ['search'], handler: search },
  { segments: ['world-cup'], handler: worldCup },
  { segments: ['world-cup', 'groups', ':letter'], handler: worldCupGroup },
  { segments: ['leaderboard'], handler: leaderboard },
  { segments: ['rewards', 'wallets', ':address'], handler: wallet },
]

const PREFIX = '/api/v1/'

/** The handler and params for a request path, or null (Next's to serve). Parameters are decoded as Next decodes them. */
export function matchDirectRoute(pathname: string): { handler: Handler; params: Params } | null {
  if (!pathname.startsWith(PREFIX)) return null
  const parts = pathname.slice(PREFIX.length).split('/')
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
  if (req.method !== 'GET' || !req.url?.startsWith(PREFIX) || !currentServices()) return false
  const url = new URL(req.url, 'http://localhost')
  const match = matchDirectRoute(url.pathname)
  if (!match) return false
  run(() => void respond(req, res, url, match.handler, match.params))
  return true
}

async function respond(req: IncomingMessage, res: ServerResponse, url: URL, handler: Handler, params: Params): Promise<void> {
  let response: Response
  try {
    response = await handler(new Request(url, { headers: headersOf(req) }), { params: Promise.resolve(params as never) })
  } catch (error) {
    // The route wrapper answers its own errors; this is a failure before it ran (e.g. an unreadable header).
    response = problemResponse(error, traceIdFrom(req.headers.traceparent as string | undefined), url.pathname)
  }
  try {
    const body = Buffer.from(await response.arrayBuffer())
    const headers: string[] = []
    response.headers.forEach((value, name) => headers.push(name, value))
    headers.push('content-length', String(body.length))
    res.writeHead(response.status, headers).end(body)
  } catch (error) {
    logger.error({ err: error, path: url.pathname }, 'writing a direct route response failed')
    res.destroy()
  }
}

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
