/**
 * The Gamma transport: every GET goes through a concurrency cap, a client-side rate window, a timeout that covers
 * the body, bounded retries and schema validation, and comes back typed or as one of the app's AppErrors. Calls go
 * out with undici's `request` over a keep-alive pool with one connection per concurrency slot: lighter per call than
 * `fetch` (no WHATWG streams and headers), and no call ever waits for a socket.
 */
import { promisify } from 'node:util'
import { brotliDecompress, gunzip, inflate } from 'node:zlib'

import type { Redis } from 'ioredis'
import pLimit from 'p-limit'
import { Agent, type Dispatcher, interceptors, request as undiciRequest } from 'undici'
import type { z } from 'zod'

import { AppError, notFound, rateLimited, upstreamUnavailable } from '../../errors'
import { logger as rootLogger } from '../../log/logger'
import type { Prepay } from '../../redis/windowSpend'
import { SpanKind, traceHeaders, traced } from '../../telemetry/spans'
import { buildQuery, type QueryParams } from './query'
import { budgetBuckets, budgetLimits, currentBudgetClass, runPrepaid } from './budget'
import { type RateWindow, SlidingWindowLimiter } from './rateLimit'
import { SharedRateWindow } from './sharedRateWindow'
import { parseRetryAfter } from './retryAfter'
import { errorBodyWire } from './schemas'

/** Calls per window, set below Gamma's documented limits (events 500, tags 200, search 350, 4000 overall). */
export interface GammaRateLimits {
  windowMs: number
  events: number
  tags: number
  publicSearch: number
  /** Every Gamma call together. */
  overall: number
  /** Longest a call waits for a slot before failing with RateLimited. */
  maxWaitMs: number
}

export const defaultRateLimits: GammaRateLimits = {
  windowMs: 10_000,
  events: 450,
  tags: 180,
  publicSearch: 315,
  overall: 3600,
  maxWaitMs: 5_000,
}

export interface GammaTransportOptions {
  baseUrl: string
  /** Per attempt, from sending the request to the last byte of the body. */
  timeoutMs?: number
  /** Extra attempts after the first, for 429, 5xx and network errors (a malformed body gets at most one). */
  retries?: number
  /** Requests in flight to the upstream host at once. */
  concurrency?: number
  rateLimits?: Partial<GammaRateLimits>
  /** The part of Gamma's limits this deployment may use (other services may share its egress address). */
  budgetShare?: number
  /** Share the rate windows with every replica through this Redis (else each replica counts alone). */
  sharedBudget?: { redis: Redis; prefix: string }
  /** A 429 asking to wait longer than this is not retried: the caller gets RateLimited with the upstream's wait. */
  maxRetryAfterMs?: number
  backoffBaseMs?: number
  backoffMaxMs?: number
  /** Sends with this fetch instead of the transport's own pool (tests stand an upstream in with one). */
  fetch?: typeof fetch
  random?: () => number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  logger?: Pick<typeof rootLogger, 'warn'>
}

export interface GammaRequest<T> {
  path: string
  query?: QueryParams
  schema: z.ZodType<T, unknown>
  /** Counter label, e.g. `events.keyset`; the path when omitted. */
  endpoint?: string
}

export interface GammaCounters {
  /** Upstream requests per endpoint label (every attempt counts). */
  calls: Record<string, number>
  retries: number
  /** 429 answers received. */
  rateLimited: number
  timeouts: number
}

export interface GammaTransport {
  get<T>(request: GammaRequest<T>): Promise<T>
  counters(): GammaCounters
  /** The upstream budget: calls in the current window and the limit, per bucket (`events`, `events:user`, …). */
  budget(): Promise<Record<string, { used: number; limit: number }>>
  /** Closes the keep-alive pool (at shutdown, once nothing calls any more): its sockets end instead of lingering. */
  close(): Promise<void>
  /**
   * The shared budget's spend for a call to `path` in the current budget class, for a cache read to record with its
   * lock, and how to run the load it paid for. Undefined without a shared budget (nothing to record in Redis).
   */
  prepay?(path: string): Prepay | undefined
}

type Attempt<T> =
  | { ok: true; value: T }
  | { ok: false; error: AppError; retry: 'never' | 'backoff' | 'once'; waitMs?: number }

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** An upstream answer as an attempt reads it: status, a header, and the body (read under the attempt's signal). */
interface UpstreamResponse {
  status: number
  header(name: string): string | null
  text(): Promise<string>
}

type Send = (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<UpstreamResponse>

interface Sender {
  send: Send
  close: () => Promise<void>
}

const fetchSend =
  (fetchImpl: typeof fetch): Send =>
  async (url, init) => {
    const response = await fetchImpl(url, init)
    return { status: response.status, header: (name) => response.headers.get(name), text: () => response.text() }
  }

const decoders: Record<string, (body: Buffer) => Promise<Buffer>> = { gzip: promisify(gunzip), 'x-gzip': promisify(gunzip), br: promisify(brotliDecompress), deflate: promisify(inflate) }

/**
 * GETs over `connections` keep-alive sockets. Asks for compressed bodies and follows redirects, as `fetch` did;
 * bodies are decompressed off the event loop (zlib's thread pool).
 */
function pooledSend(connections: number): Sender {
  const dispatcher = new Agent({ connections }).compose(interceptors.redirect({ maxRedirections: 5 }))
  return {
    send: async (url, { signal, headers }) => {
      const response = await undiciRequest(url, { method: 'GET', signal, headers: { ...headers, 'accept-encoding': 'gzip, br' }, dispatcher })
      const header = (name: string) => firstHeader(response.headers[name])
      return { status: response.statusCode, header, text: () => decodedText(response.body, header('content-encoding')) }
    },
    close: () => dispatcher.close(),
  }
}

async function decodedText(body: Dispatcher.ResponseData['body'], encoding: string | null): Promise<string> {
  const decode = encoding ? decoders[encoding.trim().toLowerCase()] : undefined
  if (!decode) return body.text()
  return (await decode(Buffer.from(await body.arrayBuffer()))).toString('utf8')
}

const firstHeader = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null))

/** Which rate-limit buckets a path draws from: its endpoint family (prefix) and the overall Gamma budget. */
export function rateBuckets(path: string): string[] {
  const family = /^\/(events|tags|public-search)(\/|$)/.exec(path)?.[1]
  const bucket = family === 'public-search' ? 'publicSearch' : family
  return bucket ? [bucket, 'overall'] : ['overall']
}

export function createGammaTransport(options: GammaTransportOptions): GammaTransport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 4_000
  const retries = options.retries ?? 2
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 5_000
  const backoffBaseMs = options.backoffBaseMs ?? 100
  const backoffMaxMs = options.backoffMaxMs ?? 2_000
  const random = options.random ?? Math.random
  const sleep = options.sleep ?? realSleep
  const now = options.now ?? Date.now
  const log = options.logger ?? rootLogger.child({ component: 'gamma' })
  // One transport talks to one host, so one limiter is the per-host cap, and its pool holds as many connections.
  const concurrency = options.concurrency ?? 8
  const limit = pLimit(concurrency)
  const { send, close } = options.fetch ? { send: fetchSend(options.fetch), close: async () => undefined } : pooledSend(concurrency)
  const rates = { ...defaultRateLimits, ...options.rateLimits }
  const share = options.budgetShare ?? 1
  const scaled = (limit: number) => Math.max(1, Math.floor(limit * share))
  const limits = budgetLimits({ events: scaled(rates.events), tags: scaled(rates.tags), publicSearch: scaled(rates.publicSearch), overall: scaled(rates.overall) })
  const local = new SlidingWindowLimiter({ windowMs: rates.windowMs, limits, maxWaitMs: rates.maxWaitMs, now, sleep })
  const shared = options.sharedBudget
    ? new SharedRateWindow({ ...options.sharedBudget, windowMs: rates.windowMs, limits, maxWaitMs: rates.maxWaitMs, fallback: local, sleep })
    : undefined
  const rateWindow: RateWindow = shared ?? local

  const counters: GammaCounters = { calls: {}, retries: 0, rateLimited: 0, timeouts: 0 }

  /** Full jitter: spreads the retries of many callers that failed together. */
  const backoff = (attempt: number) => Math.round(random() * Math.min(backoffMaxMs, backoffBaseMs * 2 ** (attempt - 1)))

  async function attemptOnce<T>(request: GammaRequest<T>, url: string, buckets: string[], attempt: number): Promise<Attempt<T>> {
    const { path } = request
    try {
      await rateWindow.acquire(buckets)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      error.context.path = path
      return { ok: false, error, retry: 'never' }
    }
    const endpoint = request.endpoint ?? path
    counters.calls[endpoint] = (counters.calls[endpoint] ?? 0) + 1

    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    let status: number
    let body: string
    let retryAfterHeader: string | null
    try {
      // The span's trace context travels with the request (`traceparent`), also when this trace is not sampled.
      const response = await traced(
        `GET ${endpoint}`,
        { 'http.request.method': 'GET', 'url.full': url, 'playbook.upstream.attempt': attempt },
        async (span) => {
          const answer = await send(url, { signal: controller.signal, headers: { accept: 'application/json', ...traceHeaders() } })
          span?.setAttribute('http.response.status_code', answer.status)
          return answer
        },
        SpanKind.CLIENT,
      )
      status = response.status
      retryAfterHeader = response.header('retry-after')
      // Inside the timer: an upstream that sends headers and then stalls the body is still a timeout.
      body = await response.text()
    } catch (cause) {
      if (controller.signal.aborted) {
        counters.timeouts++
        // A hung upstream usually stays hung: retrying would multiply the caller's wait, and the cache serves stale.
        return { ok: false, retry: 'never', error: upstreamUnavailable('upstream.timeout', { cause, context: { path, timeoutMs, attempt } }) }
      }
      return { ok: false, retry: 'backoff', error: upstreamUnavailable('upstream.unavailable', { cause, context: { path, attempt } }) }
    } finally {
      clearTimeout(timer)
    }

    if (status === 429) {
      counters.rateLimited++
      const retryAfterSeconds = parseRetryAfter(retryAfterHeader, now())
      const waitMs = retryAfterSeconds === undefined ? undefined : Math.ceil(retryAfterSeconds * 1000)
      // Hold the whole endpoint back for as long as asked, so other callers wait (or fail fast when the wait is
      // too long) instead of collecting 429s too.
      if (waitMs !== undefined) rateWindow.pause(buckets[0]!, now() + waitMs)
      const error = rateLimited('upstream.rate_limited', {
        detail: 'Market data is rate limited, try again shortly',
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds: Math.ceil(retryAfterSeconds) }),
        context: { status, path, attempt },
      })
      return { ok: false, error, retry: waitMs !== undefined && waitMs > maxRetryAfterMs ? 'never' : 'backoff', ...(waitMs === undefined ? {} : { waitMs }) }
    }
    if (status === 404) {
      return { ok: false, retry: 'never', error: notFound('upstream.not_found', { context: { status, path, upstreamError: errorText(body) } }) }
    }
    if (status >= 500) {
      const retryAfterSeconds = parseRetryAfter(retryAfterHeader, now())
      const waitMs = retryAfterSeconds === undefined ? undefined : Math.min(Math.ceil(retryAfterSeconds * 1000), maxRetryAfterMs)
      const error = upstreamUnavailable('upstream.unavailable', { context: { status, path, attempt, upstreamError: errorText(body) } })
      return { ok: false, error, retry: 'backoff', ...(waitMs === undefined ? {} : { waitMs }) }
    }
    if (status < 200 || status >= 300) {
      // 400/422: the request itself is wrong (or the upstream changed); asking again will not help.
      const error = upstreamUnavailable('upstream.rejected', { context: { status, path, upstreamError: errorText(body) } })
      return { ok: false, error, retry: 'never' }
    }

    let json: unknown
    try {
      json = JSON.parse(body)
    } catch (cause) {
      const error = upstreamUnavailable('upstream.malformed', { cause, context: { status, path, attempt, reason: 'invalid JSON', bodyStart: body.slice(0, 120) } })
      return { ok: false, error, retry: 'once' }
    }
    const parsed = request.schema.safeParse(json)
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      const error = upstreamUnavailable('upstream.malformed', { cause: parsed.error, context: { status, path, attempt, reason: 'schema', issues } })
      return { ok: false, error, retry: 'once' }
    }
    return { ok: true, value: parsed.data }
  }

  return {
    async get<T>(request: GammaRequest<T>): Promise<T> {
      const url = `${baseUrl}${request.path}${buildQuery(request.query)}`
      const buckets = budgetBuckets(rateBuckets(request.path), currentBudgetClass())
      let malformedRetried = false
      for (let attempt = 1; ; attempt++) {
        // The concurrency slot is held for one attempt only, never across a backoff sleep.
        const result = await limit(() => attemptOnce(request, url, buckets, attempt))
        if (result.ok) return result.value
        const { error } = result
        const exhausted = attempt > retries || result.retry === 'never' || (result.retry === 'once' && malformedRetried)
        if (exhausted) throw error
        if (result.retry === 'once') malformedRetried = true
        const waitMs = result.waitMs ?? backoff(attempt)
        counters.retries++
        log.warn({ path: request.path, status: error.context.status, code: error.code, attempt, waitMs }, 'gamma call failed, retrying')
        await sleep(waitMs)
      }
    },
    counters: () => structuredClone(counters),
    budget: () => rateWindow.usage(),
    close,
    prepay(path) {
      if (!shared) return undefined
      const buckets = budgetBuckets(rateBuckets(path), currentBudgetClass())
      return { spend: shared.spendFor(buckets), run: (work) => runPrepaid(buckets, work) }
    },
  }
}

function errorText(body: string): string | undefined {
  try {
    const parsed = errorBodyWire.safeParse(JSON.parse(body))
    return parsed.success ? parsed.data.error : undefined
  } catch {
    // Cloudflare answers 429/5xx with HTML; the status says enough.
    return body.slice(0, 120) || undefined
  }
}
