// Processes of the bench's own: load generators (the load must not share an event loop with what it measures) and the bare server.
import { type ChildProcess, spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { ReplayCounters } from '../../replay/types'
import type { CapturedResponse } from '../bare'
import type { BareMissOptions } from '../bareMiss'
import type { BurstOptions, BurstSummary } from '../burst'
import type { CannonOptions, CannonSummary } from '../cannon'
import type { PureWorkFigures, PureWorkOptions } from '../pureWork'
import type { SseOptions, SseSummary } from '../sse'
import { SECONDS } from './options'

const children = new Set<ChildProcess>()

/** Whatever is still running when the bench ends or aborts. */
export function killChildren(): void {
  for (const child of children) child.kill('SIGKILL')
}

/** A load generator (or timed work) in a process of its own, `env` added to ours: its last stdout line is its JSON summary; killed after `timeoutMs`. */
function startChild<T>(script: string, options: unknown, timeoutMs: number, env?: Record<string, string>): { stdout: NodeJS.ReadableStream; result: Promise<T> } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'], ...(env ? { env: { ...process.env, ...env } } : {}) })
  children.add(child)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk) => (stdout += chunk))
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const result = new Promise<T>((resolve, reject) => {
    // 'close', not 'exit': a large summary can still be in the stdout pipe when the process has exited.
    child.once('close', (code) => {
      clearTimeout(timer)
      children.delete(child)
      const last = stdout.trim().split('\n').pop() ?? ''
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`${script} exited with ${code}: ${stderr || stdout}`))
      else resolve(JSON.parse(last) as T)
    })
  })
  return { stdout: child.stdout!, result }
}

const runChild = <T>(script: string, options: unknown, timeoutMs: number, env?: Record<string, string>): Promise<T> => startChild<T>(script, options, timeoutMs, env).result

/**
 * Processes the SSE clients are spread over. One process receiving 1,000 streams stamps them one after another: the
 * last stamp of a message then trails the first by the client's own reading of the others (tens of ms), which is
 * not the app's fan-out. Phones are separate machines; a few processes come closer without outnumbering the cores.
 */
export const SSE_CLIENT_PROCESSES = 4

/** SSE clients in processes of their own; resolves once every stream is open, `result` (merged) when they are done. */
export async function openSseClients(options: SseOptions, processes = SSE_CLIENT_PROCESSES): Promise<{ result: Promise<SseSummary> }> {
  const shares = Array.from({ length: processes }, (_, i) => Math.floor(options.clients / processes) + (i < options.clients % processes ? 1 : 0)).filter((n) => n > 0)
  const started = shares.map((clients) => startChild<SseSummary>('bench/sse.ts', { ...options, clients }, options.timeoutMs + 60_000))
  await Promise.all(
    started.map(
      ({ stdout, result }) =>
        new Promise<void>((resolve, reject) => {
          let seen = ''
          stdout.on('data', (chunk) => {
            seen += chunk
            if (seen.includes('ready\n')) resolve()
          })
          result.catch(reject)
          setTimeout(() => reject(new Error('SSE clients not all open after 30 s')), 30_000).unref()
        }),
    ),
  )
  return { result: Promise.all(started.map(({ result }) => result)).then(mergeSse) }
}

/** One summary for clients spread over processes: the k-th receipts (and their bus times) of all, side by side. */
function mergeSse(parts: SseSummary[]): SseSummary {
  const expect = Math.max(0, ...parts.map((part) => part.receipts.length))
  return {
    opened: parts.reduce((total, part) => total + part.opened, 0),
    receipts: Array.from({ length: expect }, (_, k) => parts.flatMap((part) => part.receipts[k] ?? [])),
    published: Array.from({ length: expect }, (_, k) => parts.flatMap((part) => part.published[k] ?? [])),
    data: Array.from({ length: expect }, (_, k) => parts.flatMap((part) => part.data[k] ?? [])),
    missing: parts.reduce((total, part) => total + part.missing, 0),
  }
}

export const cannon = (options: CannonOptions) => runChild<CannonSummary>('bench/cannon.ts', options, (options.durationSeconds + 60) * 1000)
export const burst = (options: BurstOptions) => runChild<BurstSummary>('bench/burst.ts', options, 120_000)
/** The app's own parse + build + serialize of given misses, timed alone; `env` is the app's (its database, its secret). */
export const pureWork = (options: PureWorkOptions, env: Record<string, string>) => runChild<PureWorkFigures>('bench/pureWork.ts', options, 180_000, env)

/** A short unrecorded run first (connections opened, code warm), then the measured one. */
export async function measureLoad(url: string, connections: number, seconds = SECONDS): Promise<CannonSummary> {
  await cannon({ url, connections, durationSeconds: 1 })
  return cannon({ url, connections, durationSeconds: seconds })
}

export interface BareServer {
  url: string
  pid: number
  stop: () => Promise<void>
}

/** A server of the bench's own in a child process: resolves with its URL once a stdout line matches `ready` (group 1: the port). */
async function startServerChild(name: string, args: string[], ready: RegExp): Promise<BareServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
  children.add(child)
  const port = await new Promise<number>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk) => {
      out += chunk
      const match = ready.exec(out)
      if (match) resolve(Number(match[1]))
    })
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      // Gone already (killed by a signal, its exitCode stays null): no 'exit' is coming.
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      children.delete(child)
    },
  }
}

/** The ceiling: bench/bare.ts answering each captured path with the bytes the app sent for it. */
export async function startBare(responses: Record<string, CapturedResponse>, dir: string): Promise<BareServer> {
  const file = path.join(dir, 'bare-responses.json')
  await writeFile(file, JSON.stringify(responses))
  return startServerChild('bare server', ['bench/bare.ts', file], /ready (\d+)/)
}

/** The floor of a miss: bench/bareMiss.ts, doing a miss's I/O (Redis, the upstream) and no work. */
export const startBareMiss = (options: BareMissOptions): Promise<BareServer> => startServerChild('bare miss server', ['bench/bareMiss.ts', JSON.stringify(options)], /ready (\d+)/)

/** The replay upstream as the bench drives it: through its control API, since it runs in a process of its own. */
export interface BenchReplay {
  url: string
  pid: number
  counters: () => Promise<ReplayCounters>
  resetCounters: () => Promise<void>
  setPrices: (marketId: string, prices: string[]) => Promise<void>
  stop: () => Promise<void>
}

/**
 * The replay upstream (replay/cli.ts) in a process of its own. In the bench's process it shared one thread with the
 * Postgres and Redis relays: under a burst of 100 searches its "150 ms" answers took 200–260 ms, which measured the
 * bench rather than the app.
 */
export async function startReplayProcess(options: { latencyMs: number; datasetPath: string }): Promise<BenchReplay> {
  const server = await startServerChild('replay', ['replay/cli.ts', '--port', '0', '--latency', String(options.latencyMs), '--dataset', options.datasetPath], /replay upstream on http:\/\/[^:]+:(\d+)/)
  const control = async (method: string, route: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${server.url}/__replay/${route}`, { method, ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) })
    if (!response.ok) throw new Error(`replay ${method} ${route}: ${response.status} ${await response.text()}`)
    return response
  }
  return {
    url: server.url,
    pid: server.pid,
    counters: async () => (await (await control('GET', 'counters')).json()) as ReplayCounters,
    resetCounters: async () => void (await control('DELETE', 'counters')),
    setPrices: async (marketId, prices) => void (await (await control('POST', `markets/${encodeURIComponent(marketId)}/prices`, { prices })).arrayBuffer()),
    stop: server.stop,
  }
}
