import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'

import { describe, expect, it } from 'vitest'

import { startRequestSpan } from '@/edge/requestSpan'
import { samplerFrom } from '@/telemetry/tracing'

import { useTracerProvider } from '../../support/tracerProvider'

// New traces are never sampled; a caller's sampled trace is followed (parent-based, as production runs it).
const exporter = useTracerProvider(samplerFrom('parentbased_traceidratio', 0))

const CALLER_TRACE = 'a'.repeat(32)
const CALLER_SPAN = 'b'.repeat(16)

function exchange(url: string, traceparent?: string) {
  const req = new IncomingMessage(new Socket())
  Object.assign(req, { method: 'GET', url, headers: traceparent ? { traceparent } : {} })
  return { req, res: new ServerResponse(req) }
}

describe('a request’s server span', () => {
  it('continues a sampled caller’s trace, names the route, and ends with the status and cache outcome', () => {
    const { req, res } = exchange('/api/v1/events/nba-final?fresh=1', `00-${CALLER_TRACE}-${CALLER_SPAN}-01`)
    startRequestSpan(req, res)
    expect(req.headers.traceparent).toMatch(new RegExp(`^00-${CALLER_TRACE}-[\\da-f]{16}-01$`))
    expect(exporter.getFinishedSpans()).toEqual([])

    res.statusCode = 503
    res.setHeader('x-cache', 'miss')
    res.emit('finish')
    const [span] = exporter.getFinishedSpans()
    expect(span?.name).toBe('GET /api/v1/events/{slug}')
    expect(span?.parentSpanContext?.spanId).toBe(CALLER_SPAN)
    expect(req.headers.traceparent).toBe(`00-${CALLER_TRACE}-${span?.spanContext().spanId}-01`)
    expect(span?.attributes).toMatchObject({
      'http.request.method': 'GET',
      'http.route': '/api/v1/events/{slug}',
      'url.path': '/api/v1/events/nba-final',
      'http.response.status_code': 503,
      'playbook.cache': 'miss',
    })
    expect(span?.status.code).toBe(2)
  })

  it('still names a trace for an unsampled request, but records nothing and listens for nothing', () => {
    const { req, res } = exchange('/api/v1/explore')
    startRequestSpan(req, res)
    expect(req.headers.traceparent).toMatch(/^00-[\da-f]{32}-[\da-f]{16}-00$/)
    expect(req.headers.traceparent).not.toMatch(/^00-0{32}-/)
    expect(res.listenerCount('finish')).toBe(0)
    res.emit('finish')
    expect(exporter.getFinishedSpans()).toEqual([])
  })
})
