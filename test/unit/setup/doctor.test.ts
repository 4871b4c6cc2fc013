// `npm run doctor` says what dev and tests will use, and where each setting came from.
import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

describe('npm run doctor', () => {
  it('names each service and the source of its setting', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/doctor.ts'], {
      env: { ...process.env, NODE_ENV: 'development', REDIS_URL: 'redis://127.0.0.1:6390', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/doctor' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(run.stdout).toContain('Playbook doctor')
    expect(run.stdout).toMatch(/ok\s+postgres\s+DATABASE_URL from the environment/)
    expect(run.stdout).toMatch(/ok\s+redis\s+REDIS_URL from the environment/)
    expect(run.stdout).toMatch(/(ok|note)\s+node\s+v\d+/)
    expect(run.stdout).toMatch(/disk\s+[\d.]+ GiB free/)
  })
})
