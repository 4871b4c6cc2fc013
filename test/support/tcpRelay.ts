// A loopback TCP relay in front of a service (Postgres, Redis) that shows each client connection's outgoing bytes
// to a parser of its own, so the bench can count what the app sends without touching the app, and that fault tests
// can cut (the service looks dead: connections dropped, new ones refused) and restore.
import net from 'node:net'

export interface TcpRelay {
  /** `serviceUrl` with its host and port replaced by the relay's. */
  url: string
  /** Drops every open connection and refuses new ones until `restore()`. */
  cut: () => void
  restore: () => void
  stop: () => Promise<void>
}

/** `parserFor()` is called once per client connection; its parser sees every chunk that client sends. */
export async function startTcpRelay(serviceUrl: string, defaultPort: number, parserFor: () => (chunk: Buffer) => void = () => () => {}): Promise<TcpRelay> {
  const target = new URL(serviceUrl)
  const host = target.hostname || '127.0.0.1'
  const port = Number(target.port || defaultPort)
  const sockets = new Set<net.Socket>()
  let isCut = false
  // No Nagle on either leg: the app and the service disable it on their own sockets, and a relay that batched small
  // writes would add delayed-ACK waits (~40 ms) to every round trip under concurrency, measuring itself.
  const server = net.createServer({ noDelay: true }, (client) => {
    if (isCut) {
      client.resetAndDestroy()
      return
    }
    const upstream = net.connect({ port, host, noDelay: true })
    sockets.add(client).add(upstream)
    const parse = parserFor()
    client.on('data', (chunk: Buffer) => {
      parse(chunk)
      upstream.write(chunk)
    })
    upstream.pipe(client)
    const close = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('close', close).on('error', close)
    upstream.on('close', close).on('error', close)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const relayed = new URL(serviceUrl)
  relayed.hostname = '127.0.0.1'
  relayed.port = String((server.address() as net.AddressInfo).port)
  return {
    url: relayed.toString(),
    cut: () => {
      isCut = true
      for (const socket of sockets) socket.resetAndDestroy()
    },
    restore: () => {
      isCut = false
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
