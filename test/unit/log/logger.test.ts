import { Writable } from 'node:stream'

import pino from 'pino'
import { describe, expect, it } from 'vitest'

import { LOG_REDACTION } from '@/log/logger'

describe('log redaction', () => {
  it('censors passwords, authorization headers, cookies, API keys and secrets', () => {
    const lines: string[] = []
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) })
    const log = pino({ redact: LOG_REDACTION }, sink)
    log.info({ password: 'hunter2', user: { password: 'p2' }, headers: { authorization: 'Bearer pbk_secret', cookie: 'payload-token=t' }, apiKey: 'pbk_x', config: { secret: 's3' }, ok: 'kept' }, 'login')
    const line = lines.join('')
    for (const secret of ['hunter2', 'p2', 'pbk_secret', 'payload-token', 'pbk_x', 's3']) expect(line).not.toContain(secret)
    expect(JSON.parse(line)).toMatchObject({ ok: 'kept', password: '[redacted]', headers: { authorization: '[redacted]' } })
  })
})
