// What bench/results.json holds beside the table: the machine, the raw figures behind the rows, memory after each scenario.
import { writeFile } from 'node:fs/promises'
import os from 'node:os'

import { SECONDS, SOAK_SECONDS, UPSTREAM_LATENCY_MS } from './options'
import { rows, summary } from './table'

/** Figures behind the rows, by scenario, as the scenarios leave them. */
export const raw: Record<string, unknown> = {}
export const memory: Array<{ after: string; rssMb: number; heapUsedMb: number | null; eventLoopP99Ms: number | null }> = []

export interface Machine {
  cores: number
  cpu: string
  memoryGiB: number
  node: string
  platform: string
  loadAverageAtStart: number[]
  loadAverageAtEnd: number[]
  postgres: string
}

/** The machine as the run starts; `postgres` is filled in once the server is found, `loadAverageAtEnd` at the end. */
export function describeMachine(): Machine {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
    loadAverageAtEnd: [] as number[],
    postgres: '',
  }
}

export async function writeResults(seconds: number, buildSeconds: number, machine: Machine): Promise<void> {
  await writeFile(
    'bench/results.json',
    `${JSON.stringify({ ranAt: new Date().toISOString(), seconds, buildSeconds, machine, settings: { measureSeconds: SECONDS, soakSeconds: SOAK_SECONDS, upstreamLatencyMs: UPSTREAM_LATENCY_MS }, summary: summary(), rows, memory, raw }, null, 2)}\n`,
  )
}
