/** Injected faults: which ones a request triggers, counting down `times`, and validating faults sent over HTTP. */
import { ValidationError } from './query'
import type { ReplayFault } from './types'

export interface FaultDecision {
  /** Sum of the matching faults' latency. */
  latencyMs: number
  /** The first matching fault that changes the answer (hang, status or malformed), if any. */
  outcome?: ReplayFault
}

const STATUSES = new Set([429, 500, 502, 503])

/** Checks a fault list that arrived as JSON (the control API), so a typo fails loudly instead of doing nothing. */
export function parseFaults(value: unknown): ReplayFault[] {
  if (!Array.isArray(value)) throw new ValidationError('faults must be a JSON array')
  return value.map((item, index) => {
    if (item === null || typeof item !== 'object') throw new ValidationError(`fault ${index} must be an object`)
    const fault = item as Record<string, unknown>
    const known = new Set(['path', 'latencyMs', 'status', 'retryAfterSeconds', 'hang', 'malformed', 'times'])
    for (const key of Object.keys(fault)) if (!known.has(key)) throw new ValidationError(`fault ${index}: unknown field ${key}`)
    const nonNegative = (key: string) => fault[key] === undefined || (typeof fault[key] === 'number' && (fault[key] as number) >= 0)
    if (fault.path !== undefined && typeof fault.path !== 'string') throw new ValidationError(`fault ${index}: path must be a string`)
    if (!nonNegative('latencyMs') || !nonNegative('retryAfterSeconds') || !nonNegative('times')) {
      throw new ValidationError(`fault ${index}: latencyMs, retryAfterSeconds and times must be numbers >= 0`)
    }
    if (fault.status !== undefined && !STATUSES.has(fault.status as number)) throw new ValidationError(`fault ${index}: status must be 429, 500, 502 or 503`)
    for (const key of ['hang', 'malformed'] as const) {
      if (fault[key] !== undefined && typeof fault[key] !== 'boolean') throw new ValidationError(`fault ${index}: ${key} must be a boolean`)
    }
    return fault as ReplayFault
  })
}

export class FaultBook {
  private faults: Array<{ fault: ReplayFault; remaining: number }> = []

  set(faults: readonly ReplayFault[]): void {
    this.faults = faults.map((fault) => ({ fault: { ...fault }, remaining: fault.times ?? Infinity }))
  }

  clear(): void {
    this.faults = []
  }

  list(): ReplayFault[] {
    return this.faults.map(({ fault }) => fault)
  }

  /** The faults `path` triggers now; each one used counts against its `times`. */
  take(path: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0 }
    for (const entry of this.faults) {
      if (entry.remaining <= 0) continue
      if (entry.fault.path !== undefined && !path.startsWith(entry.fault.path)) continue
      entry.remaining--
      decision.latencyMs += entry.fault.latencyMs ?? 0
      const changesAnswer = entry.fault.hang || entry.fault.status !== undefined || entry.fault.malformed
      if (changesAnswer && !decision.outcome) decision.outcome = entry.fault
    }
    this.faults = this.faults.filter((entry) => entry.remaining > 0)
    return decision
  }
}
