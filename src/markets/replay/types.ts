/** The replay upstream's public surface, shared by the server, the Gamma client's tests and the app's boot. */

/** Per-endpoint silent page caps (the upstream clamps `limit` without an error). */
export interface PageCaps {
  events: number
  markets: number
  tags: number
  teams: number
  series: number
  /** /events/keyset and /markets/keyset */
  keyset: number
}

/** A fault applied to requests whose path starts with `path` (all paths when omitted). */
export interface ReplayFault {
  path?: string
  /** Extra latency in ms before answering. */
  latencyMs?: number
  /** Answer with this status instead (429 carries Retry-After, 5xx a JSON error body). */
  status?: 429 | 500 | 502 | 503
  retryAfterSeconds?: number
  /** Never answer (the client's timeout must fire). */
  hang?: boolean
  /** Answer 200 with a body that is not valid JSON. */
  malformed?: boolean
  /** Apply to this many matching requests, then stop (unlimited when omitted). */
  times?: number
}

export interface ReplayCounters {
  /** Calls per path (without query string), e.g. { '/events/keyset': 3 }. */
  calls: Record<string, number>
  total: number
  inFlight: number
  maxInFlight: number
}

export interface ReplayServer {
  url: string
  stop: () => Promise<void>
  counters: () => ReplayCounters
  resetCounters: () => void
  setFaults: (faults: ReplayFault[]) => void
}
