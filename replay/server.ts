/**
 * The replay upstream: a node:http server that answers like the Gamma API from the bundled data set, with
 * silent page caps, optional rate limits, injected faults, call counters and a control API.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'

import { REPLAY_REFERENCE_TIME } from './data/catalog'
import { loadStore } from './dataset'
import { CONTROL_PREFIX, handleControl } from './control'
import { Counters } from './counters'
import { FaultBook } from './faults'
import { settle as settleEvents, setPrices as setMarketPrices } from './mutations'
import { RateLimiter, UPSTREAM_RATE_LIMITS } from './rateLimit'
import { internalError, json, tooManyRequests, type ReplayResponse } from './respond'
import { route } from './routes'
import type { FullReplayServer, PageCaps, RateLimits, ReplayOptions } from './types'

export type { FullReplayServer, ReplayOptions } from './types'

export const DEFAULT_CAPS: PageCaps = { events: 100, markets: 100, tags: 100, teams: 100, series: 50, keyset: 100 }
export const DEFAULT_PORT = 4010

function send(res: http.ServerResponse, response: ReplayResponse, head: boolean): void {
  if (res.destroyed || res.headersSent) return
  res.writeHead(response.status, { ...response.headers, 'content-length': String(Buffer.byteLength(response.body)) })
  res.end(head ? undefined : response.body)
}

/** A 200 whose JSON body stops halfway, as a dropped upstream connection behind a proxy can produce. */
function truncate(response: ReplayResponse): ReplayResponse {
  const cut = Math.max(1, Math.floor(response.body.length / 2))
  return { status: 200, headers: { 'content-type': 'application/json' }, body: response.body.slice(0, cut) }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}

function rateLimitsFrom(option: ReplayOptions['rateLimits']): RateLimits | undefined {
  if (!option) return undefined
  return option === true ? UPSTREAM_RATE_LIMITS : { ...UPSTREAM_RATE_LIMITS, ...option }
}

export async function startReplay(options: ReplayOptions = {}): Promise<FullReplayServer> {
  const fixedNow = options.now === undefined ? undefined : new Date(options.now)
  if (fixedNow && Number.isNaN(fixedNow.getTime())) throw new Error(`invalid replay "now": ${String(options.now)}`)
  const shiftDates = options.shiftDates ?? true
  const { store, dayShift } = await loadStore({
    ...(options.datasetPath ? { path: options.datasetPath } : {}),
    ...(shiftDates ? { shiftTo: fixedNow ?? new Date() } : {}),
  })
  // Unshifted data keeps its own "now" (the capture instant), so what is open and what is settled stays coherent.
  const reference = new Date(store.referenceTime || REPLAY_REFERENCE_TIME)
  const now = () => fixedNow ?? (shiftDates ? new Date() : reference)

  const caps: PageCaps = { ...DEFAULT_CAPS, ...options.caps }
  const counters = new Counters()
  const faults = new FaultBook()
  faults.set(options.faults ?? [])
  const limits = rateLimitsFrom(options.rateLimits)
  const limiter = limits ? new RateLimiter(limits) : undefined
  const latencyMs = options.latencyMs ?? 0
  const control = options.control ?? true
  const ctx = { store, caps, now }

  const settle: FullReplayServer['settle'] = (filter) => settleEvents(store, filter, now())
  const setPrices: FullReplayServer['setPrices'] = (marketId, prices) => {
    setMarketPrices(store, marketId, prices, now())
  }
  const controlTarget = {
    counters: () => counters.snapshot(),
    resetCounters: () => counters.reset(),
    faults: () => faults.list(),
    setFaults: (list: Parameters<FaultBook['set']>[0]) => faults.set(list),
    settle,
    setPrices: (marketId: string, prices: string[]) => setMarketPrices(store, marketId, prices, now()),
    info: () => ({ referenceTime: store.referenceTime, dayShift, now: now().toISOString(), caps }),
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://replay.invalid')
    const head = req.method === 'HEAD'
    if (control && url.pathname.startsWith(CONTROL_PREFIX)) {
      send(res, await handleControl(controlTarget, req, url.pathname), false)
      return
    }
    if (req.method !== 'GET' && !head) {
      send(res, json({ type: 'method not allowed', error: `${req.method ?? ''} is not supported` }, 405), false)
      return
    }
    const traceparent = req.headers.traceparent
    const done = counters.start(url.pathname, typeof traceparent === 'string' ? traceparent : undefined)
    res.once('close', done)

    const retryAfter = limiter?.check(url.pathname, Date.now())
    if (retryAfter !== undefined) {
      await sleep(latencyMs)
      send(res, tooManyRequests(retryAfter), head)
      return
    }
    const arrived = performance.now()
    const decision = faults.take(url.pathname)
    const fault = decision.outcome
    const latency = latencyMs + decision.latencyMs
    // Half the latency is the request on its way, half the answer: the answer is made halfway and sent when the
    // latency has passed since arrival, so requests arriving together are answered together, as by an upstream of
    // many machines. Made after the whole wait, a burst's answers came one after another on this one thread
    // (100 searches: the last ~100 ms late), which measured the replay rather than its client.
    await sleep(latency / 2)
    let response: ReplayResponse | undefined
    if (!fault?.hang && fault?.status === undefined) {
      try {
        response = route(ctx, url.pathname, url.searchParams)
      } catch (error) {
        response = internalError(500, error instanceof Error ? error.message : 'unexpected error')
      }
    }
    await sleep(latency - (performance.now() - arrived))
    // Never answers: the client's own timeout has to fire. The socket is destroyed when the server stops.
    if (fault?.hang) return
    if (fault?.status === 429) {
      send(res, tooManyRequests(fault.retryAfterSeconds ?? 1), head)
      return
    }
    if (fault?.status !== undefined) {
      send(res, internalError(fault.status, 'injected fault'), head)
      return
    }
    send(res, fault?.malformed ? truncate(response!) : response!, head)
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, internalError(500, error instanceof Error ? error.message : 'unexpected error'), false))
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host
  let stopping: Promise<void> | undefined

  return {
    url: `http://${urlHost}:${port}`,
    port,
    dayShift,
    now,
    stop: () => {
      stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Hanging and keep-alive sockets would hold close() open forever.
        server.closeAllConnections()
      })
      return stopping
    },
    counters: () => counters.snapshot(),
    resetCounters: () => counters.reset(),
    setFaults: (list) => faults.set(list),
    settle,
    setPrices,
  }
}
