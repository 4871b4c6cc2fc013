/**
 * A rejection nobody handled and an exception nobody caught are logged through pino (with the request's trace id
 * when one is in scope) before the process decides what happens next: Next's own listeners keep the server up on
 * an unhandled rejection; an uncaught exception still ends it (the monitor event observes without changing that).
 */
import type { EventEmitter } from 'node:events'

import type { Logger } from '../log/logger'

export function logProcessFaults(target: Pick<EventEmitter, 'on'>, log: Logger): void {
  target.on('unhandledRejection', (reason: unknown) => log.error({ component: 'process', err: reason, fault: 'unhandledRejection' }, 'unhandled promise rejection'))
  target.on('uncaughtExceptionMonitor', (error: Error, origin: string) => log.fatal({ component: 'process', err: error, fault: origin }, 'uncaught exception'))
}
