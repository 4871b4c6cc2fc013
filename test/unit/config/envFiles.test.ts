// Next's order for .env files: the process environment first, then .env.$(NODE_ENV).local, .env.local, .env.$(NODE_ENV), .env.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { loadEnvFiles, settingSources } from '@/config/envFiles'

describe('.env files', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
  })

  it('take the first file that sets a variable, and never override the environment', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'playbook-env-'))
    try {
      writeFileSync(path.join(dir, '.env'), 'DATABASE_URL=postgres://from-dotenv/db\nREDIS_URL=redis://from-dotenv:6379\nGAMMA_URL=http://from-dotenv\n')
      writeFileSync(path.join(dir, '.env.local'), 'DATABASE_URL=postgres://from-local/db\n')
      // Next leaves .env.local out when NODE_ENV is test (as vitest sets it); the server runs in development here.
      ;(process.env as Record<string, string>).NODE_ENV = 'development'
      delete process.env.DATABASE_URL
      delete process.env.REDIS_URL
      process.env.GAMMA_URL = 'http://from-environment'
      const { files, sources } = loadEnvFiles(dir, true)
      expect(files).toEqual(['.env.local', '.env'])
      expect(process.env.DATABASE_URL).toBe('postgres://from-local/db')
      expect(process.env.REDIS_URL).toBe('redis://from-dotenv:6379')
      expect(process.env.GAMMA_URL).toBe('http://from-environment')
      expect(sources).toEqual({ DATABASE_URL: '.env.local', REDIS_URL: '.env', GAMMA_URL: 'environment' })
      expect(settingSources()).toEqual(sources)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
