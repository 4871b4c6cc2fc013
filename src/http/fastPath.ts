/** Answers what it can before Next's request machinery; returns false to hand the request to Next. */
import type { IncomingMessage, ServerResponse } from 'node:http'

export function serveFastPath(_req: IncomingMessage, _res: ServerResponse): boolean {
  return false
}
