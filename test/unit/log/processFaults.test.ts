// Unhandled rejections and uncaught exceptions reach the structured log with the request's trace id.
import { EventEmitter } from 'node:events'
import { Writable } from 'node:stream'

import pino from 'pino'
import { describe, expect, it } from 'vitest'

import { logProcessFaults } from '@/boot/processFaults'
import { currentContext, runWithContext } from '@/log/context'
import type { Logger } from '@/log/logger'

describe('process faults', () => {
  it('are logged with their error and the trace id in scope', () => {
    const lines: Record<string, unknown>[] = []
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) })
    // The app logger's mixin: the trace id of the request in scope.
    const log = pino({ mixin: () => (currentContext() ? { traceId: currentContext()!.traceId } : {}) }, sink) as unknown as Logger
    const processLike = new EventEmitter()
    logProcessFaults(processLike, log)
    runWithContext({ traceId: 'abc' }, () => processLike.emit('unhandledRejection', new Error('nobody awaited me')))
    processLike.emit('uncaughtExceptionMonitor', new Error('nobody caught me'), 'uncaughtException')
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, msg: 'unhandled promise rejection', traceId: 'abc', err: expect.objectContaining({ message: 'nobody awaited me' }) }),
      expect.objectContaining({ level: 60, msg: 'uncaught exception', fault: 'uncaughtException', err: expect.objectContaining({ message: 'nobody caught me' }) }),
    ])
  })
})
