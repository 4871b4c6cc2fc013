/** The structured logger: JSON lines (pino) carrying the current request's trace id. */
import pino from 'pino'

import { currentContext } from './context'

const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info')

/** Secrets never reach a log line: these keys, at the top of a logged object or one level down, are censored. */
export const LOG_REDACTION = {
  paths: [
    'password',
    '*.password',
    'authorization',
    '*.authorization',
    'headers.authorization',
    'headers.cookie',
    'apiKey',
    '*.apiKey',
    'secret',
    '*.secret',
  ],
  censor: '[redacted]',
}

/** The service's logger, writing to `destination` (standard output when omitted; tests pass a sink). */
export function createLogger(destination?: pino.DestinationStream, logLevel: string = level) {
  const options: pino.LoggerOptions = {
    level: logLevel,
    base: { service: 'playbook' },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const context = currentContext()
      return context ? { traceId: context.traceId } : {}
    },
    redact: LOG_REDACTION,
  }
  return destination ? pino(options, destination) : pino(options)
}

export const logger = createLogger()

export type Logger = typeof logger
