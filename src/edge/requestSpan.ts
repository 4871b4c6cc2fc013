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

/**
 * Starts the span and returns the context to handle the request in. A span the sampler drops (99 % of them at a 1 %
 * ratio) records nothing, so it gets no route, attributes or finish listener: on a warm hit those were most of what
 * tracing cost (BENCHMARKS.md, scenario 1t).
 */
export function startRequestSpan(req: IncomingMessage, res: ServerResponse): Context {
  const parent = propagation.extract(context.active(), req.headers, headerGetter)
  const method = req.method ?? 'GET'
  const span = tracer().startSpan(method, { kind: SpanKind.SERVER }, parent)
  const active = trace.setSpan(parent, span)
  const { traceId, spanId, traceFlags } = span.spanContext()
  req.headers.traceparent = `00-${traceId}-${spanId}-0${traceFlags & 1}`
  if (!span.isRecording()) return active
  const path = req.url?.split('?')[0] ?? ''
  const route = routeOf(path)
  span.updateName(`${method} ${route}`)
  span.setAttributes({ 'http.request.method': method, 'http.route': route, 'url.path': path })
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
