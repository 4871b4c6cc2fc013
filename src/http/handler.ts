/** Wraps a route handler: trace id, request log context, and the problem+json boundary. */
import { currentContext, runWithContext, traceIdFrom } from '../log/context'
import { problemResponse } from './problem'

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response

export function route<C = unknown>(handler: Handler<C>): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    const traceId = currentContext()?.traceId ?? traceIdFrom(request.headers.get('traceparent'))
    return runWithContext({ traceId }, async () => {
      try {
        const response = await handler(request, context)
        response.headers.set('x-trace-id', traceId)
        return response
      } catch (error) {
        return problemResponse(error, traceId, new URL(request.url).pathname)
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
