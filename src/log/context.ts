/** Per-request context (trace id) carried through async calls, so every log line can name its request. */
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomBytes } from 'node:crypto'

export interface RequestContext {
  traceId: string
}

const storage = new AsyncLocalStorage<RequestContext>()

export const currentContext = (): RequestContext | undefined => storage.getStore()

export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn)
}

/** W3C trace id from a `traceparent` header when valid, else a fresh random one. */
export function traceIdFrom(traceparent: string | null | undefined): string {
  const match = traceparent ? /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/.exec(traceparent) : null
  if (match && !/^0+$/.test(match[1]!)) return match[1]!
  return randomBytes(16).toString('hex')
}
