// Watching the app's processes: RSS and CPU from /proc, waiting for idle between measurements, memory after each scenario.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

import type { RunningApp } from '../../test/support/app'
import { appMetrics, sleep } from './http'
import { ticksOf } from './procCpu'
import { memory } from './results'
import { mb } from './table'

/** RSS from /proc when the app's metrics lack it (a build older than the process figures). */
export function procRssBytes(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
  } catch {
    return 0
  }
}

/** A process and its children (the app's front process and its worker). */
export function withChildren(pid: number | undefined): number[] {
  if (pid === undefined) return []
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
    return [pid, ...children]
  } catch {
    return [pid]
  }
}

/** The app's processes as `withChildren` lists them: its front and its worker; with FRONT_PROCESS=off the one process is the worker. */
export function frontAndWorker(pids: number[]): { front?: number; worker?: number } {
  return pids.length > 1 ? { front: pids[0], worker: pids[1] } : { worker: pids[0] }
}

/**
 * Waits until the apps are idle (under 10 % of a core over 250 ms) and no DB statement ran in that time: work
 * left over from one measurement (requests still queued when its load stopped) must not land in the next.
 */
export async function quiesce(pids: Array<number | undefined>, queries: () => number, maxMs = 15_000): Promise<void> {
  const deadline = performance.now() + maxMs
  const watched = pids.flatMap(withChildren)
  while (performance.now() < deadline) {
    const ticks = ticksOf(watched)
    const q = queries()
    await sleep(250)
    const busiest = Math.max(...ticksOf(watched).map((now, i) => now - ticks[i]!))
    if (busiest <= 2 && queries() === q) return
  }
}

export async function recordMemory(app: RunningApp, after: string): Promise<void> {
  const figures = (await appMetrics(app)).process
  const entry = {
    after,
    rssMb: mb(figures?.rssBytes ?? procRssBytes(app.process.pid)),
    heapUsedMb: figures ? mb(figures.heapUsedBytes) : null,
    eventLoopP99Ms: figures?.eventLoopDelay.p99Ms ?? null,
  }
  memory.push(entry)
  console.log(`  memory after ${after}: RSS ${entry.rssMb} MB, heap ${entry.heapUsedMb ?? '?'} MB, event-loop p99 ${entry.eventLoopP99Ms ?? '?'} ms`)
}
