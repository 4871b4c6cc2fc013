/**
 * Wraps a route handler: trace id, request log context, and the problem+json boundary. Payload's custom endpoints
 * use it too (their request is a PayloadRequest: the same headers, a URL that may be absent).
 */
import { currentContext, runWithContext, traceIdFrom } from '../log/context'
import { currentServices } from '../root'
import { problemResponse } from './problem'

type RequestLike = { headers: Headers; url?: string }
type Handler<C, R> = (request: R, context: C) => Promise<Response> | Response

export function route<C = unknown, R extends RequestLike = Request>(handler: Handler<C, R>): (request: R, context: C) => Promise<Response> {
  return async (request, context) => {
    const traceId = currentContext()?.traceId ?? traceIdFrom(request.headers.get('traceparent'))
    return runWithContext({ traceId }, async () => {
      try {
        const response = await handler(request, context)
        response.headers.set('x-trace-id', traceId)
        return withConfigVersion(response)
      } catch (error) {
        return withConfigVersion(problemResponse(error, traceId, request.url ? new URL(request.url).pathname : undefined))
      }
    })
  }
}

/**
 * Every response names the config version it reflects: one built from a snapshot already carries that snapshot's;
 * any other (errors, streams, rewards) the newest this replica has built.
 */
function withConfigVersion(response: Response): Response {
  if (!response.headers.has('x-config-version')) {
    const version = currentServices()?.content.configVersion
    if (version !== undefined) response.headers.set('x-config-version', String(version))
  }
  return response
}

/** A JSON response with the given status and extra headers. */
export function json(body: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
  const headers = new Headers(init.headers)
  headers.set('content-type', 'application/json; charset=utf-8')
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers })
}
