// Live-update fan-out: `node --import tsx bench/sse.ts '<options json>'` opens `clients` SSE connections spread over
// the given replicas, prints `ready` once every stream is open, then records when each client receives each
// `event` (wall clock, µs precision) and the message's bus time (its `at`) until it has seen `expect` of them;
// prints one JSON line of receipt and bus times.
import http from 'node:http'
import { performance } from 'node:perf_hooks'

export interface SseOptions {
  targets: string[]
  path: string
  clients: number
  event: string
  expect: number
  timeoutMs: number
}

export interface SseSummary {
  opened: number
  /** receipts[k] = wall-clock ms at which each client received the k-th event. */
  receipts: number[][]
  /**
   * published[k][j] = the bus time of the message behind receipts[k][j]: its `at`, set by the app as it published
   * the message to Redis (wall clock, same machine, floored to the ms); null when the frame carried none.
   */
  published: Array<Array<number | null>>
  missing: number
}

const options = JSON.parse(process.argv[2]!) as SseOptions
const wallNow = () => performance.timeOrigin + performance.now()
const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY })
const receipts: number[][] = Array.from({ length: options.expect }, () => [])
const published: Array<Array<number | null>> = Array.from({ length: options.expect }, () => [])
const requests: http.ClientRequest[] = []
let opened = 0
let finished = 0

function done(): void {
  for (const request of requests) request.destroy()
  const missing = receipts.reduce((total, times) => total + (options.clients - times.length), 0)
  // Exit only once the summary is flushed: stdout to a pipe is asynchronous, and exiting at once truncates it.
  process.stdout.write(`${JSON.stringify({ opened, receipts, published, missing } satisfies SseSummary)}\n`, () => process.exit(0))
}

/** The `at` of a frame's data (`{ topic, seq, at, data }`), as wall-clock ms. */
function busTime(frame: string): number | null {
  const data = frame.split('\n').find((line) => line.startsWith('data: '))
  try {
    const at = Date.parse((JSON.parse(data?.slice(6) ?? '{}') as { at?: string }).at ?? '')
    return Number.isNaN(at) ? null : at
  } catch {
    return null
  }
}

setTimeout(done, options.timeoutMs).unref()

for (let i = 0; i < options.clients; i++) {
  const url = new URL(options.path, options.targets[i % options.targets.length])
  const request = http.get(url, { agent, headers: { accept: 'text/event-stream' } }, (response) => {
    if (response.statusCode !== 200) {
      process.stderr.write(`client ${i}: status ${response.statusCode}\n`)
      return
    }
    if (++opened === options.clients) process.stdout.write('ready\n')
    let buffer = ''
    let seen = 0
    response.setEncoding('utf8')
    response.on('data', (chunk: string) => {
      const at = wallNow()
      buffer += chunk
      let end: number
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (seen < options.expect && frame.split('\n').includes(`event: ${options.event}`)) {
          // The receipt time was taken as the chunk arrived, before any parsing.
          receipts[seen]!.push(at)
          published[seen++]!.push(busTime(frame))
          if (seen === options.expect && ++finished === options.clients) done()
        }
      }
    })
  })
  request.on('error', (error) => process.stderr.write(`client ${i}: ${error.message}\n`))
  requests.push(request)
}
