// Live-update fan-out: `node --import tsx bench/sse.ts '<options json>'` opens `clients` SSE connections spread over
// the given replicas, prints `ready` once every stream is open, then records when each client receives each
// `event` (wall clock, ms) and the message's bus time (its `at`) until it has seen `expect` of them;
// prints one JSON line of receipt and bus times.
import net from 'node:net'

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
  /** data[k][j] = the `data` of the message behind receipts[k][j] (what the app sent, parsed), or null. */
  data: unknown[][]
  missing: number
}

const options = JSON.parse(process.argv[2]!) as SseOptions
const eventLine = `\nevent: ${options.event}\n`
const receipts: number[][] = Array.from({ length: options.expect }, () => [])
/** Each receipt's frame, read for its bus time only at the end: parsing it on arrival would delay the other clients' receipts. */
const frames: string[][] = Array.from({ length: options.expect }, () => [])
const sockets: net.Socket[] = []
let opened = 0
let finished = 0

function done(): void {
  for (const socket of sockets) socket.destroy()
  const missing = receipts.reduce((total, times) => total + (options.clients - times.length), 0)
  const messages = frames.map((each) => each.map(messageOf))
  const published = messages.map((each) => each.map((message) => busTime(message?.at)))
  const data = messages.map((each) => each.map((message) => message?.data ?? null))
  // Exit only once the summary is flushed: stdout to a pipe is asynchronous, and exiting at once truncates it.
  process.stdout.write(`${JSON.stringify({ opened, receipts, published, data, missing } satisfies SseSummary)}\n`, () => process.exit(0))
}

/** A frame's message (`{ topic, seq, at, data }`), or null when it has none. */
function messageOf(latin1: string): { at?: string; data?: unknown } | null {
  // Read as latin1 (one character per byte, cheap while the run lasts); its bytes are UTF-8.
  const frame = Buffer.from(latin1, 'latin1').toString('utf8')
  const line = frame.split('\n').find((candidate) => candidate.startsWith('data: '))
  try {
    return line ? (JSON.parse(line.slice(6)) as { at?: string; data?: unknown }) : null
  } catch {
    return null
  }
}

/** A message's `at` as wall-clock ms. */
function busTime(at: string | undefined): number | null {
  const ms = Date.parse(at ?? '')
  return Number.isNaN(ms) ? null : ms
}

setTimeout(done, options.timeoutMs).unref()

// Each client is a bare TCP socket speaking just enough HTTP/1.1: a stream's frames are found in its bytes as they
// come (chunk-size lines between them are lines of their own, ignored), without an HTTP client's parsing and stream
// machinery per read. Reading 1,000 streams on one core is the bench's cost, not the app's, and must stay small.
for (let i = 0; i < options.clients; i++) {
  const url = new URL(options.path, options.targets[i % options.targets.length])
  const socket = net.connect({ host: url.hostname, port: Number(url.port) }, () => {
    socket.write(`GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nAccept: text/event-stream\r\n\r\n`)
  })
  sockets.push(socket)
  let head = true
  let buffer = ''
  let seen = 0
  // One character per byte: a frame found in the text is found at the same place in the bytes (messageOf decodes it).
  socket.setEncoding('latin1')
  socket.on('data', (chunk: string) => {
    // Date.now(), as the bench's other stamps (bench/harness/http.ts wallNow): comparable across processes.
    const at = Date.now()
    buffer += chunk
    if (head) {
      const end = buffer.indexOf('\r\n\r\n')
      if (end === -1) return
      const status = buffer.slice(9, 12)
      if (status !== '200') {
        process.stderr.write(`client ${i}: status ${status}\n`)
        return socket.destroy()
      }
      head = false
      buffer = buffer.slice(end + 4)
      if (++opened === options.clients) process.stdout.write('ready\n')
    }
    let end: number
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const frame = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      if (seen < options.expect && frame.includes(eventLine)) {
        // The receipt time was taken as the bytes arrived, before any parsing.
        receipts[seen]!.push(at)
        frames[seen++]!.push(frame)
        if (seen === options.expect && ++finished === options.clients) done()
      }
    }
  })
  socket.on('error', (error) => process.stderr.write(`client ${i}: ${error.message}\n`))
}
