// OpenTelemetry tracing on a replica of its own, exporting OTLP/HTTP to a receiver in the test: a request carrying
// `traceparent` continues the caller's trace through the route, the caches, Postgres, Redis and the upstream call,
// which receives the trace context; a request outside a sampled trace exports nothing.
import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startBundledReplay } from '../../replay/bundled'
import { type RunningApp, startApp } from '../support/app'
import { type ExportedSpan, type OtlpReceiver, startOtlpReceiver } from '../support/otlpReceiver'

const attribute = (span: ExportedSpan, key: string) => Object.values(span.attributes.find((entry) => entry.key === key)?.value ?? {})[0]

describe('tracing', () => {
  let receiver: OtlpReceiver
  let replay: Awaited<ReturnType<typeof startBundledReplay>>
  let app: RunningApp

  beforeAll(async () => {
    receiver = await startOtlpReceiver()
    replay = await startBundledReplay({ latencyMs: 0 })
    app = await startApp({
      ...inject('appEnv'),
      GAMMA_URL: replay.url,
      REDIS_KEY_PREFIX: `pb:trace:${Date.now()}:`,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      // Only traces a caller sampled: the 0 % root ratio shows an unsampled request records nothing.
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    })
  })

  afterAll(async () => {
    await app?.stop()
    await replay?.stop()
    await receiver?.close()
  })

  it('continues the caller’s trace through route, cache, Postgres, Redis and the upstream call', async () => {
    const traceId = randomBytes(16).toString('hex')
    const callerSpan = randomBytes(8).toString('hex')
    const response = await fetch(`${app.url}/api/v1/explore/nba/events?limit=3`, { headers: { traceparent: `00-${traceId}-${callerSpan}-01` } })
    expect(response.status).toBe(200)
    // The trace id on the response (and every log line and problem body of the request) is the caller's.
    expect(response.headers.get('x-trace-id')).toBe(traceId)

    const names = () => new Set(receiver.spans.filter((span) => span.traceId === traceId).map((span) => span.name))
    await expect.poll(() => [...names()], { timeout: 10_000 }).toEqual(expect.arrayContaining(['GET /api/v1/explore/{tag}/events', expect.stringMatching(/^GET events\./)]))
    const spans = receiver.spans.filter((span) => span.traceId === traceId)
    const server = spans.find((span) => span.name === 'GET /api/v1/explore/{tag}/events')!
    expect(server.parentSpanId).toBe(callerSpan)
    expect(attribute(server, 'http.response.status_code')).toBe(200)
    expect(attribute(server, 'http.route')).toBe('/api/v1/explore/{tag}/events')
    const seen = names()
    for (const name of ['cache.get', 'config.snapshot.build', 'pg.query']) expect(seen, name).toContain(name)
    expect([...seen].some((name) => name.startsWith('redis '))).toBe(true)
    const upstream = spans.find((span) => span.name.startsWith('GET events.'))!
    expect(upstream.kind).toBe(3) // CLIENT

    // The upstream saw the trace context of its call.
    const { traceparents } = (await (await fetch(`${replay.url}/__replay/counters`)).json()) as { traceparents: string[] }
    expect(traceparents.some((header) => header.startsWith(`00-${traceId}-`) && header.endsWith('-01'))).toBe(true)
  })

  it('exports nothing for a request outside a sampled trace, and still names its trace on the response', async () => {
    const before = receiver.spans.length
    const response = await fetch(`${app.url}/api/v1/explore`)
    expect(response.status).toBe(200)
    const traceId = response.headers.get('x-trace-id')!
    expect(traceId).toMatch(/^[\da-f]{32}$/)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(receiver.spans.slice(before).filter((span) => span.traceId === traceId)).toEqual([])
  })
})
