/** Per-request context (trace id) carried through async calls, so every log line can name its request. */
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomFillSync } from 'node:crypto'

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
  return randomHex(16)
}

// Trace and span ids, lock tokens and rate-window entries are identifiers, not secrets: drawn from a pooled buffer
// refilled 4 KB at a time, because one randomBytes() call per id was a tenth of a warm request's CPU time (and, for
// the lock tokens and rate-window entries, 4 % of a cold event page's).
const RANDOM_POOL_BYTES = 4_096
const randomPool = Buffer.allocUnsafe(RANDOM_POOL_BYTES)
let randomOffset = RANDOM_POOL_BYTES

/** `bytes` random bytes as lower-case hex. */
export function randomHex(bytes: number): string {
  if (randomOffset + bytes > RANDOM_POOL_BYTES) {
    randomFillSync(randomPool)
    randomOffset = 0
  }
  const hex = randomPool.toString('hex', randomOffset, randomOffset + bytes)
  randomOffset += bytes
  return hex
}
