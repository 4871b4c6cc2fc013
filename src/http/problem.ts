/** The one translation boundary: errors become RFC 9457 `application/problem+json` responses. */
import { problemTypeOf } from '../errorCodes'
import { type AppError, toAppError } from '../errors'
import { logger } from '../log/logger'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

export interface ProblemBody {
  type: string
  title: string
  status: number
  code: string
  detail?: string
  traceId: string
  instance?: string
  [extension: string]: unknown
}

export function problemBody(error: AppError, traceId: string, instance?: string): ProblemBody {
  return {
    ...(error.kind === 'Internal' ? {} : error.extensions),
    type: problemTypeOf(error.code),
    title: error.title,
    status: error.status,
    code: error.code,
    // Internal details never reach clients: the trace id leads operators to the log line.
    ...(error.kind === 'Internal' ? {} : error.detail ? { detail: error.detail } : {}),
    traceId,
    ...(instance ? { instance } : {}),
  }
}

/** When the upstream gave no wait of its own: a few seconds, so clients back off instead of hammering a replica. */
const UPSTREAM_RETRY_AFTER_SECONDS = 5

/** Logs the error once with full context and returns its problem+json response. */
export function problemResponse(thrown: unknown, traceId: string, instance?: string): Response {
  const error = toAppError(thrown)
  logError(error, instance)
  const headers = new Headers({
    'content-type': PROBLEM_CONTENT_TYPE,
    'cache-control': 'no-store',
    'x-trace-id': traceId,
  })
  const retryAfter = error.retryAfterSeconds ?? (error.kind === 'UpstreamUnavailable' ? UPSTREAM_RETRY_AFTER_SECONDS : undefined)
  if (retryAfter !== undefined) headers.set('retry-after', String(Math.max(0, Math.ceil(retryAfter))))
  return new Response(JSON.stringify(problemBody(error, traceId, instance)), {
    status: error.status,
    headers,
  })
}

function logError(error: AppError, instance: string | undefined): void {
  const entry = {
    kind: error.kind,
    code: error.code,
    status: error.status,
    instance,
    context: error.context,
    err: error.cause instanceof Error ? error.cause : error.kind === 'Internal' ? error : undefined,
  }
  logger[error.logLevel](entry, error.detail ?? error.code)
}
