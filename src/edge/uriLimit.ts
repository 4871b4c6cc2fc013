/**
 * Request targets longer than any route needs are refused at the edge with a 414 problem, before Next parses them
 * (and before a redirect could echo them back in a header).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { uriTooLong } from '../errors'
import { PROBLEM_CONTENT_TYPE, problemBody } from '../http/problem'

export const MAX_URI_LENGTH = 4_096

export function refuseLongUri(req: IncomingMessage, res: ServerResponse, traceId: string): boolean {
  if ((req.url?.length ?? 0) <= MAX_URI_LENGTH) return false
  const body = problemBody(uriTooLong('request.uri_too_long', { detail: `The request target is over ${MAX_URI_LENGTH} characters.` }), traceId)
  res.writeHead(414, { 'content-type': PROBLEM_CONTENT_TYPE }).end(JSON.stringify(body))
  return true
}
