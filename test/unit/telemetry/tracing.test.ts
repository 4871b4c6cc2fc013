import { EventEmitter } from 'node:events'

import { ROOT_CONTEXT, SpanKind, trace, TraceFlags } from '@opentelemetry/api'
import { SamplingDecision } from '@opentelemetry/sdk-trace'
import { describe, expect, it } from 'vitest'

import { tracePostgresPool, traceRedis } from '@/telemetry/clients'
import { inSpan, traced, traceHeaders } from '@/telemetry/spans'
import { samplerFrom } from '@/telemetry/tracing'

import { useTracerProvider } from '../../support/tracerProvider'

const exporter = useTracerProvider()

const names = () => exporter.getFinishedSpans().map((span) => span.name)

describe('samplers from the standard variables', () => {
  const decide = (name: Parameters<typeof samplerFrom>[0], ratio: number, parentSampled?: boolean) => {
    const parent =
      parentSampled === undefined
        ? ROOT_CONTEXT
        : trace.setSpanContext(ROOT_CONTEXT, { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), traceFlags: parentSampled ? TraceFlags.SAMPLED : TraceFlags.NONE, isRemote: true })
    return samplerFrom(name, ratio).shouldSample(parent, 'f'.repeat(32), 'x', SpanKind.SERVER, {}, []).decision
  }

  it('follows the caller with parentbased_*, and the ratio for new traces', () => {
    expect(decide('parentbased_traceidratio', 0)).toBe(SamplingDecision.NOT_RECORD)
    expect(decide('parentbased_traceidratio', 0, true)).toBe(SamplingDecision.RECORD_AND_SAMPLED)
    expect(decide('parentbased_traceidratio', 1, false)).toBe(SamplingDecision.NOT_RECORD)
    expect(decide('parentbased_always_on', 0)).toBe(SamplingDecision.RECORD_AND_SAMPLED)
    expect(decide('always_off', 1, true)).toBe(SamplingDecision.NOT_RECORD)
    expect(decide('traceidratio', 1, false)).toBe(SamplingDecision.RECORD_AND_SAMPLED)
  })
})

describe('spans', () => {
  it('nests work under the active span, marks failures, and propagates traceparent', async () => {
    await inSpan('request', {}, async () => {
      expect(traceHeaders().traceparent).toMatch(/^00-[\da-f]{32}-[\da-f]{16}-01$/)
      await traced('child', {}, async () => undefined)
      await expect(traced('broken', {}, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    })
    const spans = exporter.getFinishedSpans()
    const request = spans.find((span) => span.name === 'request')!
    expect(spans.find((span) => span.name === 'child')!.parentSpanContext?.spanId).toBe(request.spanContext().spanId)
    expect(spans.find((span) => span.name === 'broken')!.status.code).toBe(2)
  })

  it('creates no span for hot-path work outside a recording trace', async () => {
    await traced('cache.get', {}, async () => undefined)
    expect(names()).toEqual([])
  })
})

describe('client instances', () => {
  it('traces each Postgres query of a pool’s clients, in promise and callback form, only inside a trace', async () => {
    const pool = new EventEmitter()
    const client = {
      query: (...args: unknown[]) => {
        const callback = args.at(-1)
        if (typeof callback === 'function') return void setImmediate(() => callback(null, { rows: [] }))
        return Promise.resolve({ rows: [] })
      },
    }
    tracePostgresPool(pool as never)
    pool.emit('connect', client)
    await client.query('select 1')
    expect(names()).toEqual([])
    await inSpan('request', {}, async () => {
      await client.query({ text: 'select * from teams where id = $1' })
      await new Promise((resolve) => client.query('select 2', [], resolve))
    })
    const queries = exporter.getFinishedSpans().filter((span) => span.name === 'pg.query')
    expect(queries.map((span) => span.attributes['db.query.text'])).toEqual(['select * from teams where id = $1', 'select 2'])
  })

  it('traces each Redis command sent by a client, pipelines included', async () => {
    const sent: string[] = []
    const redis = { sendCommand: (command: { name: string; promise: Promise<unknown> }) => void sent.push(command.name) }
    traceRedis(redis)
    await inSpan('request', {}, async () => {
      redis.sendCommand({ name: 'get', promise: Promise.resolve('x') })
      redis.sendCommand({ name: 'mget', promise: Promise.resolve([]) })
      await new Promise((resolve) => setImmediate(resolve))
    })
    expect(sent).toEqual(['get', 'mget'])
    expect(names()).toEqual(expect.arrayContaining(['redis get', 'redis mget']))
  })
})
