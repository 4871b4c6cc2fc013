/** The edge of every request: assigns its trace id (honouring `traceparent`) and logs it once when it ends. */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { traceIdFrom } from '../log/context'
import { logger } from '../log/logger'

/** Ensures the request carries a valid `traceparent` (route handlers read their trace id from it). */
export function assignTrace(req: IncomingMessage, res: ServerResponse): string {
  const header = req.headers.traceparent
  const traceId = traceIdFrom(typeof header === 'string' ? header : undefined)
  if (!header || !String(header).includes(traceId)) {
    req.headers.traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`
  }
  res.setHeader('x-trace-id', traceId)
  const started = process.hrtime.bigint()
  res.once('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const entry = { traceId, method: req.method, path: req.url?.split('?')[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 }
    if (res.statusCode >= 500) logger.warn(entry, 'request failed')
    else logger.debug(entry, 'request')
  })
  return traceId
}
