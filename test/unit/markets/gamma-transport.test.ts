// The transport on the wire (undici over a keep-alive pool): what fetch did for it still holds (compressed bodies,
// redirects, a timeout that covers the body, the trace context), on no more connections than its concurrency cap.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliCompressSync, gzipSync } from 'node:zlib'

import { context, propagation, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { createGammaTransport } from '@/markets/gamma/http'
import { tagsWire } from '@/markets/gamma/schemas'

const TAGS = [{ id: '1', label: 'NBA', slug: 'nba' }]

interface Upstream {
  url: string
  /** Each connection the upstream accepted, settled when it closes. */
  closed: Array<Promise<void>>
  connections: number
  requests: http.IncomingMessage[]
  close: () => Promise<void>
}

const servers: Upstream[] = []

async function upstream(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<Upstream> {
  const requests: http.IncomingMessage[] = []
  const server = http.createServer((req, res) => {
    requests.push(req)
    answer(req, res)
  })
  const handle: Upstream = {
    url: '',
    closed: [],
    connections: 0,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
  server.on('connection', (socket) => {
    handle.connections++
    handle.closed.push(new Promise((resolve) => socket.once('close', () => resolve())))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  handle.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const close = handle.close
  handle.close = async () => {
    server.closeAllConnections()
    await close()
  }
  servers.push(handle)
  return handle
}

const json = (res: http.ServerResponse, body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
})

describe('the Gamma transport on the wire', () => {
  it('keeps its connections alive and opens no more than its concurrency cap', async () => {
    const server = await upstream((_req, res) => setTimeout(() => json(res, TAGS), 20))
    const transport = createGammaTransport({ baseUrl: server.url, concurrency: 4 })
    await Promise.all(Array.from({ length: 20 }, () => transport.get({ path: '/tags', schema: tagsWire })))
    expect(server.connections).toBeLessThanOrEqual(4)
    for (let i = 0; i < 5; i++) await transport.get({ path: '/tags', schema: tagsWire })
    expect(server.connections).toBeLessThanOrEqual(4)
    expect(transport.counters().calls).toEqual({ '/tags': 25 })
  })

  it('ends its kept-alive connections when closed, and sends nothing after', async () => {
    const server = await upstream((_req, res) => json(res, TAGS))
    const transport = createGammaTransport({ baseUrl: server.url, concurrency: 2, retries: 0 })
    await Promise.all([transport.get({ path: '/tags', schema: tagsWire }), transport.get({ path: '/tags', schema: tagsWire })])
    expect(server.connections).toBeGreaterThan(0)

    await transport.close()
    // Resolves only if the transport ended every connection: the upstream itself is still open.
    await Promise.all(server.closed)
    await expect(transport.get({ path: '/tags', schema: tagsWire })).rejects.toMatchObject({ code: 'upstream.unavailable' })
    expect(server.requests).toHaveLength(2)
  })

  it('asks for compressed bodies and reads gzip and brotli ones', async () => {
    const server = await upstream((req, res) => {
      const body = Buffer.from(JSON.stringify(TAGS))
      if (req.url?.startsWith('/tags/gz')) res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync(body))
      else res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' }).end(brotliCompressSync(body))
    })
    const transport = createGammaTransport({ baseUrl: server.url })
    expect(await transport.get({ path: '/tags/gz', schema: tagsWire })).toEqual(TAGS)
    expect(await transport.get({ path: '/tags/br', schema: tagsWire })).toEqual(TAGS)
    expect(server.requests[0]!.headers['accept-encoding']).toMatch(/gzip/)
    expect(server.requests[0]!.headers.accept).toBe('application/json')
  })

  it('follows a redirect', async () => {
    const server = await upstream((req, res) => (req.url === '/tags' ? res.writeHead(301, { location: '/v2/tags' }).end() : json(res, TAGS)))
    expect(await createGammaTransport({ baseUrl: server.url }).get({ path: '/tags', schema: tagsWire })).toEqual(TAGS)
    expect(server.requests.map((req) => req.url)).toEqual(['/tags', '/v2/tags'])
  })

  it('times out an upstream that sends its headers and then stalls the body, without retrying', async () => {
    const server = await upstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('[{"id":')
    })
    const transport = createGammaTransport({ baseUrl: server.url, timeoutMs: 150 })
    const started = Date.now()
    const error = await transport.get({ path: '/tags', schema: tagsWire }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ kind: 'UpstreamUnavailable', code: 'upstream.timeout', context: { timeoutMs: 150 } })
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(transport.counters()).toMatchObject({ timeouts: 1, retries: 0 })
  })

  it('maps a refused connection to upstream.unavailable after its retries', async () => {
    const server = await upstream((_req, res) => json(res, TAGS))
    const url = server.url
    await server.close()
    const transport = createGammaTransport({ baseUrl: url, retries: 1, backoffBaseMs: 1 })
    await expect(transport.get({ path: '/tags', schema: tagsWire })).rejects.toMatchObject({ kind: 'UpstreamUnavailable', code: 'upstream.unavailable' })
    expect(transport.counters()).toMatchObject({ calls: { '/tags': 2 }, retries: 1 })
  })

  it('reads a 429’s Retry-After', async () => {
    const server = await upstream((_req, res) => res.writeHead(429, { 'retry-after': '30' }).end('{"error":"slow down"}'))
    const transport = createGammaTransport({ baseUrl: server.url })
    const error = await transport.get({ path: '/tags', schema: tagsWire }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ kind: 'RateLimited', code: 'upstream.rate_limited', retryAfterSeconds: 30 })
  })

  describe('with tracing on', () => {
    beforeAll(() => {
      context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
      propagation.setGlobalPropagator(new W3CTraceContextPropagator())
    })
    afterAll(() => {
      propagation.disable()
      context.disable()
    })

    it('sends the caller’s trace context', async () => {
      const server = await upstream((_req, res) => json(res, TAGS))
      const transport = createGammaTransport({ baseUrl: server.url })
      const caller = trace.setSpanContext(ROOT_CONTEXT, { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), traceFlags: TraceFlags.SAMPLED, isRemote: true })
      await context.with(caller, () => transport.get({ path: '/tags', schema: tagsWire }))
      expect(server.requests[0]!.headers.traceparent).toMatch(new RegExp(`^00-${'a'.repeat(32)}-[\\da-f]{16}-01$`))
    })
  })
})
