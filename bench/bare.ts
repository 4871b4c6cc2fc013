// The ceiling: a bare node:http server that answers each captured path with the bytes and headers the app sent
// for it, and nothing else. `node --import tsx bench/bare.ts <responses.json>` prints `ready <port>`.
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface CapturedResponse {
  status: number
  headers: Record<string, string>
  bodyBase64: string
}

const captured = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Record<string, CapturedResponse>
const responses = new Map(
  Object.entries(captured).map(([path, response]) => {
    const body = Buffer.from(response.bodyBase64, 'base64')
    return [path, { status: response.status, headers: { ...response.headers, 'content-length': String(body.length) }, body }]
  }),
)

const server = http.createServer((req, res) => {
  const response = responses.get(req.url ?? '')
  if (!response) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(response.status, response.headers).end(response.body)
})
// The app's keep-alive setting, so both send the same Connection/Keep-Alive headers.
server.keepAliveTimeout = 65_000
server.listen(0, '127.0.0.1', () => process.stdout.write(`ready ${(server.address() as AddressInfo).port}\n`))
process.on('SIGTERM', () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
})
