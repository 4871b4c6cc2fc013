// A TCP relay between the app and Postgres that counts the statements the app runs (simple-protocol `Query` and
// extended-protocol `Execute` messages, each attributed to its SQL), so the bench can report DB queries per
// request without touching the app. Statements of Payload's job poller (every replica polls `payload_jobs` for
// due scheduled publishes every 5 s) are counted apart: they run whatever the load. Bytes pass through unchanged;
// the cost is one extra loopback hop per round trip.
import { startTcpRelay } from '../test/support/tcpRelay'

export interface PgRelay {
  /** The app's DATABASE_URL: `url` with host and port pointed at the relay. */
  url: string
  /** Statements run so far, over every connection, the job poller's aside. */
  queries: () => number
  /** The job poller's statements so far. */
  jobQueries: () => number
  /** The latest statements (the job poller's aside), newest last. */
  recent: () => string[]
  stop: () => Promise<void>
}

const SSL_REQUEST = 80877103
const GSS_REQUEST = 80877104
const CANCEL_REQUEST = 80877102
const PARSE = 0x50 // 'P'
const BIND = 0x42 // 'B'
const EXECUTE = 0x45 // 'E'
const QUERY = 0x51 // 'Q'
const KEPT = new Set([PARSE, BIND, EXECUTE, QUERY])

/** The C strings at the start of a message body. */
function cstrings(body: Buffer, count: number): string[] {
  const strings: string[] = []
  let start = 0
  for (let i = 0; i < count; i++) {
    const end = body.indexOf(0, start)
    if (end < 0) break
    strings.push(body.toString('utf8', start, end))
    start = end + 1
  }
  return strings
}

/** Follows one connection's frontend messages (chunks may split or join them anywhere) and reports each statement run. */
function frontendParser(onStatement: (sql: string) => void): (chunk: Buffer) => void {
  let startup = true
  let header = Buffer.alloc(0)
  let type = 0
  let remaining = 0
  let body: Buffer[] | null = null
  const statements = new Map<string, string>()
  const portals = new Map<string, string>()

  const finish = (message: Buffer) => {
    if (type === QUERY) onStatement(cstrings(message, 1)[0] ?? '')
    else if (type === PARSE) {
      const [name = '', sql = ''] = cstrings(message, 2)
      statements.set(name, sql)
    } else if (type === BIND) {
      const [portal = '', statement = ''] = cstrings(message, 2)
      portals.set(portal, statement)
    } else if (type === EXECUTE) {
      const [portal = ''] = cstrings(message, 1)
      onStatement(statements.get(portals.get(portal) ?? '') ?? '')
    }
  }

  return (chunk) => {
    let offset = 0
    while (offset < chunk.length) {
      if (remaining > 0) {
        const n = Math.min(remaining, chunk.length - offset)
        body?.push(chunk.subarray(offset, offset + n))
        remaining -= n
        offset += n
        if (remaining === 0 && body) {
          finish(Buffer.concat(body))
          body = null
        }
        continue
      }
      // Startup-phase messages have no type byte (length, then a code); later ones have a type byte and a length.
      const want = startup ? 8 : 5
      const take = Math.min(want - header.length, chunk.length - offset)
      header = Buffer.concat([header, chunk.subarray(offset, offset + take)])
      offset += take
      if (header.length < want) break
      if (startup) {
        const code = header.readInt32BE(4)
        remaining = header.readInt32BE(0) - 8
        body = null
        if (code !== SSL_REQUEST && code !== GSS_REQUEST && code !== CANCEL_REQUEST) startup = false
      } else {
        type = header[0]!
        remaining = header.readInt32BE(1) - 4
        body = KEPT.has(type) ? [] : null
        if (remaining === 0 && body) {
          finish(Buffer.alloc(0))
          body = null
        }
      }
      header = Buffer.alloc(0)
    }
  }
}

const isJobPoller = (sql: string) => sql.includes('payload_jobs')

export async function startPgRelay(databaseUrl: string): Promise<PgRelay> {
  let queries = 0
  let jobQueries = 0
  const recent: string[] = []
  const count = (sql: string, job: boolean) => {
    if (job) {
      jobQueries++
      return
    }
    queries++
    recent.push(sql)
    if (recent.length > 50) recent.shift()
  }
  const relay = await startTcpRelay(databaseUrl, 5432, () => {
    // A transaction's BEGIN and COMMIT belong to whoever's statements they wrap.
    let pendingBegin: string | null = null
    let inJob = false
    return frontendParser((sql) => {
      const keyword = sql.trim().toLowerCase()
      if (keyword === 'begin' || keyword.startsWith('begin ') || keyword.startsWith('start transaction')) {
        pendingBegin = sql
        return
      }
      if (pendingBegin !== null) {
        inJob = isJobPoller(sql)
        count(pendingBegin, inJob)
        pendingBegin = null
      }
      if (keyword === 'commit' || keyword === 'rollback') {
        count(sql, inJob)
        inJob = false
        return
      }
      count(sql, inJob || isJobPoller(sql))
    })
  })
  return {
    url: relay.url,
    queries: () => queries,
    jobQueries: () => jobQueries,
    recent: () => [...recent],
    stop: relay.stop,
  }
}
