// A TCP relay between the app and Redis that counts the commands the app sends (RESP arrays; a pipeline's
// commands count one each), so the bench can report Redis round trips per request without touching the app.
// Bytes pass through unchanged; the cost is one extra loopback hop per round trip.
import { startTcpRelay } from '../test/support/tcpRelay'

export interface RedisRelay {
  /** The app's REDIS_URL: `url` with host and port pointed at the relay. */
  url: string
  /** Commands sent so far, over every connection. */
  commands: () => number
  /** Commands by name so far. */
  byName: () => Record<string, number>
  stop: () => Promise<void>
}

const LF = 0x0a

/** Follows one connection's RESP requests (`*<n>` then n bulk strings `$<len>`), chunks split anywhere. */
function respParser(onCommand: (name: string) => void): (chunk: Buffer) => void {
  let line: Buffer[] = []
  let skip = 0
  let wantName = false
  let name: Buffer[] | null = null
  let nameRemaining = 0

  const onLine = (text: string) => {
    if (text.startsWith('*')) wantName = true
    else if (text.startsWith('$')) {
      const length = Number(text.slice(1))
      if (wantName) {
        name = []
        nameRemaining = length
        wantName = false
      }
      skip = length + 2 // the bytes and their CR LF
    }
  }

  return (chunk) => {
    let offset = 0
    while (offset < chunk.length) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length - offset)
        if (name && nameRemaining > 0) {
          const take = Math.min(n, nameRemaining)
          name.push(chunk.subarray(offset, offset + take))
          nameRemaining -= take
        }
        skip -= n
        offset += n
        if (skip === 0 && name) {
          onCommand(Buffer.concat(name).toString('latin1').toUpperCase())
          name = null
        }
        continue
      }
      const end = chunk.indexOf(LF, offset)
      if (end < 0) {
        line.push(chunk.subarray(offset))
        break
      }
      line.push(chunk.subarray(offset, end))
      offset = end + 1
      onLine(Buffer.concat(line).toString('latin1').replace(/\r$/, ''))
      line = []
    }
  }
}

export async function startRedisRelay(redisUrl: string): Promise<RedisRelay> {
  let commands = 0
  const names: Record<string, number> = {}
  const relay = await startTcpRelay(redisUrl, 6379, () =>
    respParser((name) => {
      commands++
      names[name] = (names[name] ?? 0) + 1
    }),
  )
  return {
    url: relay.url.replace(/\/$/, ''),
    commands: () => commands,
    byName: () => ({ ...names }),
    stop: relay.stop,
  }
}
