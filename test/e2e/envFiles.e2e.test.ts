// `.env` files count the way Next documents them: a production boot whose DATABASE_URL is set only in .env.local
// uses it (before, the environment was parsed first and the file was ignored), and says where it came from.
import { existsSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type RunningApp, startApp } from '../support/app'

const ENV_LOCAL = path.resolve('.env.local')
const ASIDE = `${ENV_LOCAL}.before-test`

describe('.env files', () => {
  let app: RunningApp
  const appEnv = inject('appEnv')

  beforeAll(async () => {
    // A developer's own .env.local is moved aside for the test and put back after it.
    if (existsSync(ENV_LOCAL)) await rename(ENV_LOCAL, ASIDE)
    await writeFile(ENV_LOCAL, `# written by test/e2e/envFiles.e2e.test.ts for one test; safe to delete\nDATABASE_URL=${appEnv.DATABASE_URL}\n`)
    const { DATABASE_URL: _only, ...rest } = appEnv
    app = await startApp({ ...rest, REDIS_KEY_PREFIX: `pb:env-files:${Date.now()}:` })
  })
  afterAll(async () => {
    await app?.stop()
    if ((await readFile(ENV_LOCAL, 'utf8').catch(() => '')).includes('envFiles.e2e.test.ts')) await rm(ENV_LOCAL)
    if (existsSync(ASIDE)) await rename(ASIDE, ENV_LOCAL)
  })

  it('boots on the DATABASE_URL set only in .env.local, and says so in the banner and the health details', async () => {
    expect(app.output()).toContain('(DATABASE_URL from .env.local)')
    expect(app.output()).toContain('(REDIS_URL from the environment)')
    const health = await fetch(`${app.url}/api/health`, { headers: { authorization: `Bearer ${appEnv.OPS_TOKEN}` } })
    expect(await health.json()).toMatchObject({
      postgres: { status: 'ok' },
      settings: { DATABASE_URL: '.env.local', REDIS_URL: 'environment', GAMMA_URL: 'environment' },
    })
  })
})
