/**
 * The server span of a request, when tracing is on: it continues the caller's trace (`traceparent`), and the
 * request's `traceparent` header is rewritten to name this span, so the trace id on log lines and problem bodies
 * (read from that header downstream) is the trace's. Ended when the response finishes, with its route template,
 * status and cache outcome.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { type Context, context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api'

import { routeOf } from '../metrics/http'
import { tracer } from '../telemetry/spans'

const headerGetter = {
  keys: (carrier: IncomingMessage['headers']) => Object.keys(carrier),
  get: (carrier: IncomingMessage['headers'], key: string) => carrier[key],
}

/** Starts the span and returns the context to handle the request in. */
export function startRequestSpan(req: IncomingMessage, res: ServerResponse): Context {
  const parent = propagation.extract(context.active(), req.headers, headerGetter)
  const path = req.url?.split('?')[0] ?? ''
  const route = routeOf(path)
  const span = tracer().startSpan(
    `${req.method ?? 'GET'} ${route}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'GET', 'http.route': route, 'url.path': path } },
    parent,
  )
  const active = trace.setSpan(parent, span)
  const { traceId, spanId, traceFlags } = span.spanContext()
  req.headers.traceparent = `00-${traceId}-${spanId}-0${traceFlags & 1}`
  res.once('finish', () => {
    span.setAttribute('http.response.status_code', res.statusCode)
    const cache = res.getHeader('x-cache')
    if (cache) span.setAttribute('playbook.cache', String(cache))
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR })
    span.end()
  })
  return active
}

/** The context a worker behind a front handles a request in: the front's server span (named in `traceparent`) continued, no second one. */
export function continueRequestTrace(req: IncomingMessage): Context {
  return propagation.extract(context.active(), req.headers, headerGetter)
}
