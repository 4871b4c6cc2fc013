// The newcomer contract: `npm run dev` with no DATABASE_URL, REDIS_URL or GAMMA_URL runs on an embedded Postgres,
// the in-process cache and the bundled replay, and prints an admin login that works.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type RunningApp, startApp } from '../support/app'

describe('development boot with no environment', () => {
  let app: RunningApp
  let dataDir: string

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'playbook-dev-'))
    // Info logs show how far the boot got if it is slow; startApp gives up before the hook so they get printed.
    app = await startApp({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'info' }, { timeoutMs: 200_000 })
  }, 240_000)

  afterAll(async () => {
    await app?.stop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('reports embedded Postgres ok, the in-process cache and the bundled replay', async () => {
    const response = await fetch(`${app.url}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      status: 'ok',
      postgres: { status: 'ok' },
      redis: { status: 'in-process' },
      marketData: { source: 'replay', status: 'ok' },
    })
    expect(app.output()).toContain('market data:  bundled replay')
  })

  it('prints an admin login that works', async () => {
    const match = /admin login:\s+(\S+) \/ (\S+)/.exec(app.output())
    expect(match).not.toBeNull()
    const response = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: match![1], password: match![2] }),
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { user: { roles: string[] } }).user.roles).toEqual(['admin'])
  })

  it('keeps the caller trace id from traceparent', async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c'
    const response = await fetch(`${app.url}/api/v1/nope`, { headers: { traceparent: `00-${traceId}-b7ad6b7169203331-01` } })
    expect(response.headers.get('x-trace-id')).toBe(traceId)
    expect(((await response.json()) as { traceId: string }).traceId).toBe(traceId)
  })
})
