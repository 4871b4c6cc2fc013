/**
 * Wraps a route handler: trace id, request log context, and the problem+json boundary. Payload's custom endpoints
 * use it too (their request is a PayloadRequest: the same headers, a URL that may be absent).
 */
import { currentContext, runWithContext, traceIdFrom } from '../log/context'
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
        return response
      } catch (error) {
        return problemResponse(error, traceId, request.url ? new URL(request.url).pathname : undefined)
      }
    })
  }
}

/** A JSON response with the given status and extra headers. */
export function json(body: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
  const headers = new Headers(init.headers)
  headers.set('content-type', 'application/json; charset=utf-8')
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers })
}
