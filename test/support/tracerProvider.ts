/** A test file's tracer provider, registered globally as `startTracing` registers one, with its spans kept in memory. */
import { context, propagation, trace } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { InMemorySpanExporter, type Sampler, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace'
import { afterAll, beforeAll, beforeEach } from 'vitest'

/** Registers the provider for the file's tests and returns its exporter, emptied before each test. */
export function useTracerProvider(sampler?: Sampler): InMemorySpanExporter {
  const exporter = new InMemorySpanExporter()
  const provider = new TracerProvider({ ...(sampler ? { sampler } : {}), spanProcessors: [new SimpleSpanProcessor({ exporter })] })
  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
    propagation.setGlobalPropagator(new W3CTraceContextPropagator())
    trace.setGlobalTracerProvider(provider)
  })
  afterAll(async () => {
    await provider.shutdown()
    trace.disable()
    propagation.disable()
    context.disable()
  })
  beforeEach(() => exporter.reset())
  return exporter
}
