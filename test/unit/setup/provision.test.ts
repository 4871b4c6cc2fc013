// A machine with nothing but Node: `npm test` stops before any test with one line naming what to install, never a
// stack trace.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { REDIS_HINT } from '../../support/services'

describe('the test setup on a machine without Redis', () => {
  it('says in one line what to install and which variable skips it', () => {
    // A PATH holding node alone: no redis-server, no apt-get to install one.
    const bin = mkdtempSync(path.join(os.tmpdir(), 'playbook-bare-path-'))
    symlinkSync(process.execPath, path.join(bin, 'node'))
    try {
      const { REDIS_URL: _redis, ...env } = process.env
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/run.ts', 'unit', 'no-such-test-file'], {
        env: { ...env, PATH: bin, PLAYBOOK_LOCAL_REDIS: 'redis://127.0.0.1:1', DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(run.status).toBe(2)
      const lines = run.stderr.trim().split('\n')
      expect(lines).toEqual([REDIS_HINT])
      expect(REDIS_HINT).toMatch(/install redis-server.*REDIS_URL/)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    } finally {
      rmSync(bin, { recursive: true, force: true })
    }
  })
})
