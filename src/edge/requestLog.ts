/** The edge of every request: assigns its trace id (honouring `traceparent`) and logs it once when it ends. */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { randomHex, traceIdFrom } from '../log/context'
import { logger } from '../log/logger'
import { observeRequest, type RequestDurations } from '../metrics/http'

export const CLIENT_IP_HEADER = 'x-playbook-client-ip'

export interface EdgeOptions {
  durations: () => RequestDurations | undefined
  /** Who the client is (clientIdentity.ts; behind a front process, what the front said). */
  client: (req: IncomingMessage) => string
}

/**
 * Ensures the request carries a valid `traceparent` (route handlers read their trace id from it), names its client,
 * and observes and logs it when it ends.
 */
export function assignTrace(req: IncomingMessage, res: ServerResponse, { durations, client: identify }: EdgeOptions): string {
  const header = req.headers.traceparent
  const traceId = traceIdFrom(typeof header === 'string' ? header : undefined)
  if (!header || !String(header).includes(traceId)) {
    req.headers.traceparent = `00-${traceId}-${randomHex(8)}-01`
  }
  res.setHeader('x-trace-id', traceId)
  // Who the client is (see clientIdentity.ts), overwriting whatever the client sent: limits and logs key on it.
  const client = identify(req)
  req.headers[CLIENT_IP_HEADER] = client
  const started = process.hrtime.bigint()
  res.once('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const path = req.url?.split('?')[0] ?? ''
    const histogram = durations()
    if (histogram) observeRequest(histogram, req.method, path, res.statusCode, ms)
    const failed = res.statusCode >= 500
    if (!failed && !logger.isLevelEnabled('debug')) return
    const entry = { traceId, client, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }
    if (failed) logger.warn(entry, 'request failed')
    else logger.debug(entry, 'request')
  })
  return traceId
}
