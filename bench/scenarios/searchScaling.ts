// Scenario 2: p50 of distinct-key searches (each a miss and one upstream call) from 100 clients at once, against the same from 1 client.
import os from 'node:os'

import { type BenchContext, type CpuSplit, burst, fmt, frontAndWorker, ms, raw, recordMemory, row, sleep, times, verdict, withChildren } from '../harness'

/** The per-client search limit's and the upstream budget's window. */
const RATE_WINDOW_MS = 10_000

export const id = '2'

export async function run({ app, quiet, replay, runId }: BenchContext): Promise<void> {
  console.log('\n2. distinct-key search scaling')
  // Every query is new (a miss and one upstream search each); every connection has its own source address,
  // so the per-client search limit (120 per 10 s) counts 100 clients, as 100 phones would be.
  const q = (phase: string, i: number) => `/api/v1/search?q=${runId}${phase}${i}`
  // Warm: the search path compiled by V8 as in a server that has been searching for a while (a burst on a cold
  // worker measured its JIT: first requests ~3× slower), then a window's wait so no rate window still counts the warm-up.
  await burst({ targets: [app.url], paths: Array.from({ length: 100 }, (_, i) => q('w', i)), connections: 10, addressBase: 200 })
  await quiet(app)
  await sleep(RATE_WINDOW_MS)
  await replay.resetCounters()
  const one = await burst({ targets: [app.url], paths: Array.from({ length: 20 }, (_, i) => q('a', i)), connections: 1, addressBase: 1 })
  const atOne = await replay.counters()
  await replay.resetCounters()
  // Where the machine's CPU goes over the burst: the app shares two cores with the upstream, the relays and the load.
  const { front, worker } = frontAndWorker(withChildren(app.process.pid))
  const pidsOf = (pid: number | undefined) => (pid === undefined ? [] : [pid])
  const watch = { front: pidsOf(front), worker: pidsOf(worker), replay: [replay.pid], relays: [process.pid] }
  const hundred = await burst({ targets: [app.url], paths: Array.from({ length: 200 }, (_, i) => q('b', i)), connections: 100, addressBase: 2, watch })
  const atHundred = await replay.counters()
  raw.search = { one, hundred, upstream: { atOne, atHundred } }
  const ratio = hundred.p50Ms / one.p50Ms
  row('2', 'distinct-key search p50 @100 ÷ @1 (upstream 150 ms)', `${ms(hundred.p50Ms)} ms`, `@1 ${ms(one.p50Ms)} ms`, times(ratio), '≤ 1.5×', verdict(ratio <= 1.5))
  row(
    '2',
    'search @100: p99; p50 of the first request on each connection (100 at once) / of the second; statuses; upstream calls, most in flight at once',
    `${ms(hundred.p99Ms)} ms; ${ms(hundred.p50FirstMs)} / ${ms(hundred.p50LaterMs)} ms; ${Object.entries(hundred.statuses).map(([status, n]) => `${n}×${status}`).join(' ')}`,
    `${atHundred.total} calls, ${atHundred.maxInFlight} at once`,
    '',
    '',
    'info',
  )
  if (hundred.cpu) cpuRow(hundred.cpu, hundred.requests)
  await quiet(app)
  await recordMemory(app, 'search')
}

function cpuRow(cpu: CpuSplit, requests: number): void {
  const cores = os.cpus().length
  const { front = 0, worker = 0, replay = 0, relays = 0 } = cpu.groupsMs
  row(
    '2',
    `search @100, the machine's CPU over the burst (/proc): busy, of ${cores} cores; by process: the app's front and worker, replay upstream, the bench's Redis and Postgres relays, load generator, the rest (Redis, Postgres, kernel)`,
    `${fmt((100 * cpu.machineMs) / (cpu.wallMs * cores))} % busy over ${fmt(cpu.wallMs)} ms`,
    `front ${fmt(front)} · worker ${fmt(worker)} · replay ${fmt(replay)} · relays ${fmt(relays)} · load ${fmt(cpu.selfMs)} · rest ${fmt(cpu.restMs)} ms; worker ${fmt((worker * 1000) / requests)} µs per request`,
    '',
    '',
    'info',
  )
}
