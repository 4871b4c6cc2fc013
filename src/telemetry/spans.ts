/**
 * Spans for the service's own work. Without a registered provider (tracing off) the API hands out no-op spans, so
 * these cost a function call; with one, unsampled spans record nothing.
 */
import { type Attributes, context, propagation, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api'

/** The service's tracer (every span of ours comes from it). */
export const tracer = () => trace.getTracer('playbook')

/** Ends a span; with an error, records it and marks the span failed first. */
export function endSpan(span: Span, error?: unknown): void {
  if (error) {
    span.recordException(error as Error)
    span.setStatus({ code: SpanStatusCode.ERROR })
  }
  span.end()
}

/** Runs `work` in a child span of the current one; an error marks the span and is rethrown. */
export async function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>, kind: SpanKind = SpanKind.INTERNAL): Promise<T> {
  return tracer().startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      const result = await work(span)
      endSpan(span)
      return result
    } catch (error) {
      endSpan(span, error)
      throw error
    }
  })
}

/** The current trace context as W3C headers (`traceparent`), for an outgoing request. */
export function traceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {}
  propagation.inject(context.active(), headers)
  return headers
}

export { SpanKind }

/**
 * `inSpan` when the current trace records (sampled, tracing on), else just `work`: hot paths (cache reads, Redis
 * commands) allocate no span for the requests a 1 % sampler leaves out.
 */
export function traced<T>(name: string, attributes: Attributes, work: (span?: Span) => Promise<T>, kind: SpanKind = SpanKind.INTERNAL): Promise<T> {
  return trace.getActiveSpan()?.isRecording() ? inSpan(name, attributes, work, kind) : work()
}

/** Runs synchronous `work` in a span of its own (a root when no trace is active): e.g. one live message's fan-out. */
export function inSyncSpan<T>(name: string, attributes: Attributes, work: (span: Span) => T): T {
  return tracer().startActiveSpan(name, { attributes }, (span) => {
    try {
      return work(span)
    } finally {
      span.end()
    }
  })
}
