/**
 * Call counters the tests assert on: per path, total, how many requests were in flight at once, and the W3C trace
 * context of the last requests (a traced client sends `traceparent`).
 */
import type { ReplayCounters } from './types'

const TRACEPARENTS_KEPT = 100

export class Counters {
  private calls = new Map<string, number>()
  private total = 0
  private inFlight = 0
  private maxInFlight = 0
  private traceparents: string[] = []

  /** Counts a request to `path`; call the returned function once when its response is done or abandoned. */
  start(path: string, traceparent?: string): () => void {
    this.calls.set(path, (this.calls.get(path) ?? 0) + 1)
    if (traceparent) this.traceparents = [...this.traceparents.slice(-(TRACEPARENTS_KEPT - 1)), traceparent]
    this.total++
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    let done = false
    return () => {
      if (done) return
      done = true
      this.inFlight--
    }
  }

  snapshot(): ReplayCounters {
    return { calls: Object.fromEntries(this.calls), total: this.total, inFlight: this.inFlight, maxInFlight: this.maxInFlight, traceparents: [...this.traceparents] }
  }

  /** Requests still running stay counted in `inFlight`, and so in the new `maxInFlight`. */
  reset(): void {
    this.calls.clear()
    this.traceparents = []
    this.total = 0
    this.maxInFlight = this.inFlight
  }
}
