// Runs the replay upstream on its own: `npm run replay [-- --port 4010 --host 127.0.0.1 --latency 0 --no-shift --rate-limits --dataset file.json]`.
// PORT sets the port when --port is absent (0 picks a free one; the first line printed names it). Stops cleanly on SIGINT/SIGTERM.
import { parseArgs } from 'node:util'

import { DEFAULT_PORT, startReplay } from './server'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    latency: { type: 'string', default: '0' },
    'no-shift': { type: 'boolean', default: false },
    'rate-limits': { type: 'boolean', default: false },
    dataset: { type: 'string' },
  },
})

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) {
    process.stderr.write(`replay: ${name} must be a non-negative integer, got "${value}"\n`)
    process.exit(2)
  }
  return parsed
}

const replay = await startReplay({
  port: integer('port', values.port ?? process.env.PORT, DEFAULT_PORT),
  host: values.host,
  latencyMs: integer('latency', values.latency, 0),
  shiftDates: !values['no-shift'],
  rateLimits: values['rate-limits'],
  ...(values.dataset ? { datasetPath: values.dataset } : {}),
})
process.stdout.write(
  `replay upstream on ${replay.url} (dates shifted by ${replay.dayShift} days; control API at ${replay.url}/__replay/counters)\n`,
)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    void replay.stop().then(() => process.exit(0))
  })
}
