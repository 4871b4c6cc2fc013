// The boot contract: production refuses to start without its required environment, naming what is missing.
import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

const bootWith = (env: Record<string, string>) =>
  spawnSync('npx', ['tsx', 'server.ts'], {
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/root', ...env } as unknown as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  })

describe('boot', () => {
  it('exits non-zero in production without DATABASE_URL, naming it', () => {
    const result = bootWith({ NODE_ENV: 'production', REDIS_URL: 'redis://127.0.0.1:6379' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Invalid environment: DATABASE_URL is required when NODE_ENV=production')
  })

  it('exits non-zero on a malformed value, naming it', () => {
    const result = bootWith({ NODE_ENV: 'production', DATABASE_URL: 'mysql://db/x' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Invalid environment: DATABASE_URL must be a postgres: or postgresql: URL')
  })
})
