// Talking to the app from the bench's own process: single requests with the headers kept as sent, and its metrics.
import http from 'node:http'
import { performance } from 'node:perf_hooks'

import { BENCH_OPS_TOKEN } from './options'
import type { RunningApp } from '../../test/support/app'
import type { CapturedResponse } from '../bare'

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: Buffer
  ms: number
}

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))
/**
 * Wall-clock ms, comparable across processes (bench/sse.ts's receipts, the app's `at`). Date.now(), not
 * `performance.timeOrigin + performance.now()`: on this machine the wall clock runs about 0.5 % ahead of the monotonic
 * one, so a monotonic stamp drifts seconds from another process's wall clock over a long run. Whole ms.
 */
export const wallNow = () => Date.now()

/** One GET with node:http, keeping the headers exactly as sent; a new connection unless given an `agent`. */
export function get(base: string, urlPath: string, headers: Record<string, string> = {}, agent: http.Agent | false = false): Promise<RawResponse> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    http
      .get(new URL(urlPath, base), { agent, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const headers: Record<string, string> = {}
          for (let i = 0; i < response.rawHeaders.length; i += 2) headers[response.rawHeaders[i]!.toLowerCase()] = response.rawHeaders[i + 1]!
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks), ms: performance.now() - started })
        })
        response.on('error', reject)
      })
      .on('error', reject)
  })
}

export async function getJson<T>(base: string, urlPath: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await get(base, urlPath, headers)
  if (response.status !== 200) throw new Error(`GET ${urlPath}: ${response.status} ${response.body.toString().slice(0, 300)}`)
  return JSON.parse(response.body.toString()) as T
}

/** Requests until the response cache answers (x-cache: hit); returns that response. */
export async function warm(base: string, urlPath: string): Promise<RawResponse> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await get(base, urlPath)
    if (response.status === 200 && response.headers['x-cache'] === 'hit') return response
    await sleep(100)
  }
  throw new Error(`${urlPath} never became a response-cache hit`)
}

/**
 * Waits until the response cache rebuilds this entry from fresh data (a miss without a staleness warning), then
 * returns its first hit: the entry then lives its full max-age (10 s for feeds and events), so a measured run that
 * starts now and is shorter than that sees hits only, not the rebuild every max-age brings under steady load.
 * Falls back to `warm` after `maxWaitMs`.
 */
export async function freshHit(base: string, urlPath: string, maxWaitMs = 15_000): Promise<RawResponse> {
  const deadline = performance.now() + maxWaitMs
  let rebuilt = false
  while (performance.now() < deadline) {
    const response = await get(base, urlPath)
    if (response.status === 200 && response.headers['x-cache'] === 'miss' && !response.headers.warning) rebuilt = true
    else if (rebuilt && response.status === 200 && response.headers['x-cache'] === 'hit') return response
    await sleep(20)
  }
  console.log(`  ${urlPath}: no fresh rebuild seen in ${maxWaitMs / 1000} s; the run may include one`)
  return warm(base, urlPath)
}

/** What the bare server must send for this response: the same status, headers (bar per-connection ones) and bytes. */
export function captured(response: RawResponse): CapturedResponse {
  const headers = Object.fromEntries(
    Object.entries(response.headers).filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(name)),
  )
  return { status: response.status, headers, bodyBase64: response.body.toString('base64') }
}

export interface AppMetrics {
  responseCache: { hits: number; misses: number; fastPathHits: number }
  cache: Record<string, number>
  upstream: { calls?: Record<string, number> }
  content: { builds?: number }
  process?: { rssBytes: number; heapUsedBytes: number; heapLimitBytes?: number; heapTotalBytes?: number; externalBytes?: number; arrayBuffersBytes?: number; eventLoopDelay: { p99Ms: number } }
}

export const appMetrics = (app: RunningApp) => getJson<AppMetrics>(app.url, '/api/metrics?format=json', { authorization: `Bearer ${BENCH_OPS_TOKEN}` })
