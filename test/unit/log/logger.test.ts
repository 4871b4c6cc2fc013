import { Writable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import { runWithContext } from '@/log/context'
import { createLogger } from '@/log/logger'

describe('log redaction', () => {
  it('censors passwords, authorization headers, cookies, API keys and secrets', () => {
    const lines: string[] = []
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) })
    // The service's own logger construction, so removing its redaction fails here.
    const log = createLogger(sink, 'info')
    log.info({ password: 'hunter2', user: { password: 'p2' }, headers: { authorization: 'Bearer pbk_secret', cookie: 'payload-token=t' }, apiKey: 'pbk_x', config: { secret: 's3' }, ok: 'kept' }, 'login')
    const line = lines.join('')
    for (const secret of ['hunter2', 'p2', 'pbk_secret', 'payload-token', 'pbk_x', 's3']) expect(line).not.toContain(secret)
    expect(JSON.parse(line)).toMatchObject({ ok: 'kept', password: '[redacted]', headers: { authorization: '[redacted]' } })
  })

  it('puts the request’s trace id on every line logged in its scope', () => {
    const lines: string[] = []
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) })
    const log = createLogger(sink, 'info')
    runWithContext({ traceId: '0af7651916cd43dd8448eb211c80319c' }, () => log.info('inside'))
    log.info('outside')
    expect(lines.map((line) => JSON.parse(line).traceId)).toEqual(['0af7651916cd43dd8448eb211c80319c', undefined])
  })
})
