/**
 * The one error model: a few typed kinds, each mapping to an HTTP status and a log level. Every layer throws these
 * (market data, content, rewards, HTTP); the problem+json boundary (http/problem.ts) is the one place they become
 * responses.
 */

import type { CodeOf, ErrorCode } from './errorCodes'

export type ErrorKind =
  | 'BadRequest'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'Conflict'
  | 'PayloadTooLarge'
  | 'UriTooLong'
  | 'Unprocessable'
  | 'RateLimited'
  | 'UpstreamUnavailable'
  | 'Unavailable'
  | 'Internal'

type LogLevel = 'info' | 'warn' | 'error'

const kinds: Record<ErrorKind, { status: number; title: string; level: LogLevel }> = {
  BadRequest: { status: 400, title: 'Bad Request', level: 'info' },
  Unauthorized: { status: 401, title: 'Unauthorized', level: 'info' },
  Forbidden: { status: 403, title: 'Forbidden', level: 'warn' },
  NotFound: { status: 404, title: 'Not Found', level: 'info' },
  Conflict: { status: 409, title: 'Conflict', level: 'info' },
  PayloadTooLarge: { status: 413, title: 'Payload Too Large', level: 'info' },
  UriTooLong: { status: 414, title: 'URI Too Long', level: 'info' },
  Unprocessable: { status: 422, title: 'Unprocessable Content', level: 'info' },
  RateLimited: { status: 429, title: 'Too Many Requests', level: 'warn' },
  UpstreamUnavailable: { status: 503, title: 'Upstream Unavailable', level: 'error' },
  /** This replica is at a capacity limit (e.g. open streams): another replica, or a retry, will do. */
  Unavailable: { status: 503, title: 'Service Unavailable', level: 'warn' },
  Internal: { status: 500, title: 'Internal Server Error', level: 'error' },
}

export const statusOf = (kind: ErrorKind): number => kinds[kind].status

export interface AppErrorOptions {
  /** Machine-readable cause, e.g. `explore.tag_not_found`: one of the catalogue (errorCodes.ts). */
  code: ErrorCode
  /** Human-readable explanation safe to show to clients. */
  detail?: string
  /** Structured context logged in full (never sent to clients). */
  context?: Record<string, unknown>
  /** Seconds a client should wait before retrying (429, 503). */
  retryAfterSeconds?: number
  /** Extra members of the problem body (RFC 9457 extensions), safe for clients: e.g. each invalid document's errors. */
  extensions?: Record<string, unknown>
  cause?: unknown
}

/**
 * Next compiles route handlers into bundles of their own, so one process can hold several copies of this module and
 * an error thrown by one copy's class is not `instanceof` another's. The brand, registered process-wide, is what
 * `isAppError` trusts.
 */
const APP_ERROR = Symbol.for('playbook.app-error')

export class AppError extends Error {
  readonly [APP_ERROR] = true
  readonly kind: ErrorKind
  readonly code: ErrorCode
  readonly detail: string | undefined
  readonly context: Record<string, unknown>
  readonly retryAfterSeconds: number | undefined
  readonly extensions: Record<string, unknown> | undefined

  constructor(kind: ErrorKind, options: AppErrorOptions) {
    super(options.detail ?? options.code, { cause: options.cause })
    this.name = `${kind}Error`
    this.kind = kind
    this.code = options.code
    this.detail = options.detail
    this.context = options.context ?? {}
    this.retryAfterSeconds = options.retryAfterSeconds
    this.extensions = options.extensions
  }

  get status(): number {
    return kinds[this.kind].status
  }

  get title(): string {
    return kinds[this.kind].title
  }

  get logLevel(): LogLevel {
    return kinds[this.kind].level
  }
}

const make =
  <K extends ErrorKind>(kind: K) =>
  (code: CodeOf<K>, options: Omit<AppErrorOptions, 'code'> = {}) =>
    new AppError(kind, { ...options, code })

export const badRequest = make('BadRequest')
export const unauthorized = make('Unauthorized')
export const forbidden = make('Forbidden')
export const notFound = make('NotFound')
export const conflict = make('Conflict')
export const payloadTooLarge = make('PayloadTooLarge')
export const uriTooLong = make('UriTooLong')
export const unprocessable = make('Unprocessable')
export const rateLimited = make('RateLimited')
export const upstreamUnavailable = make('UpstreamUnavailable')
export const unavailable = make('Unavailable')
export const internal = make('Internal')

/** Any thrown value as an AppError; unknown errors become Internal with the original as cause. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error
  if (databaseUnreachable(error)) {
    return unavailable('db.unavailable', { detail: 'The database cannot be reached; retry shortly.', retryAfterSeconds: 5, cause: error })
  }
  return internal('internal.unexpected', { cause: error })
}

// Socket errors, pg-pool's connect timeout, and Postgres's own "cannot connect now" / "admin shutdown" states.
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'EPIPE', '57P01', '57P03', '08001', '08006'])
const UNREACHABLE_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|connection is closed|Client has encountered a connection error/i

/** A failure to reach Postgres (not a query that failed): the request can be retried once it is back. */
function databaseUnreachable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown }
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true
  if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true
  return databaseUnreachable(cause, depth + 1)
}

export function isAppError(error: unknown, kind?: ErrorKind): error is AppError {
  const branded = error instanceof AppError || (typeof error === 'object' && error !== null && (error as { [APP_ERROR]?: unknown })[APP_ERROR] === true)
  return branded && (kind === undefined || (error as AppError).kind === kind)
}
