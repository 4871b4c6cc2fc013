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
  /** `traceparent` headers of the last 100 requests that sent one. */
  traceparents: string[]
}

export interface ReplayServer {
  url: string
  stop: () => Promise<void>
  counters: () => ReplayCounters
  resetCounters: () => void
  setFaults: (faults: ReplayFault[]) => void
}

/** Per-endpoint sliding-window limits (requests per `windowMs`), like the upstream's Cloudflare throttles. */
export interface RateLimits {
  windowMs: number
  events: number
  markets: number
  tags: number
  publicSearch: number
}

/** Which events `settle()` closes: those carrying `tagId`, those in `eventIds`, or both conditions when both are set. */
export interface SettleFilter {
  tagId?: number
  eventIds?: string[]
}

export interface ReplayOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Latency added to every upstream request (not to the control API). */
  latencyMs?: number
  caps?: Partial<PageCaps>
  faults?: ReplayFault[]
  /** Off by default; `true` applies the documented limits (events 500, markets 300, tags 200, public-search 350 per 10 s). */
  rateLimits?: boolean | Partial<RateLimits>
  /**
   * Shift every served date by whole UTC days so the data set's reference day is `now`'s day (times of day kept).
   * Default true, so demos always have games and markets ending today; tests pass false for the fixed dates.
   */
  shiftDates?: boolean
  /** The instant the server treats as current. Default: the real clock, or the reference time when `shiftDates` is false. */
  now?: Date | string
  /** Serve the `/__replay/` control API (counters, faults, settle, prices). Default true. */
  control?: boolean
  /** Another data set file (defaults to the bundled `data/dataset.json`). */
  datasetPath?: string
}

export interface ReplayServerControls {
  port: number
  /** Whole days added to the data set's dates (0 when `shiftDates` is false). */
  dayShift: number
  /** Closes matching open events with their pre-decided results; returns the ids it settled. */
  settle: (filter: SettleFilter) => string[]
  /** Sets one market's outcome prices (decimal strings, one per outcome). Throws on an unknown market. */
  setPrices: (marketId: string, prices: string[]) => void
  /** The instant the server treats as current. */
  now: () => Date
}

export type FullReplayServer = ReplayServer & ReplayServerControls
