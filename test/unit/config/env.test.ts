import { describe, expect, it } from 'vitest'

import { EnvError, parseEnv } from '@/config/env'

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://u:p@db:5432/playbook',
  REDIS_URL: 'redis://cache:6379',
  GAMMA_URL: 'https://gamma.example',
  PAYLOAD_SECRET: 'x'.repeat(40),
}

describe('parseEnv', () => {
  it('runs on defaults in development: no database, Redis or upstream required', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3000, DATA_DIR: '.data' })
    expect(env.DATABASE_URL).toBeUndefined()
  })

  it.each(['DATABASE_URL', 'REDIS_URL', 'GAMMA_URL', 'PAYLOAD_SECRET'] as const)(
    'requires %s in production and names it',
    (name) => {
      const source: Record<string, string | undefined> = { ...production, [name]: undefined }
      expect(() => parseEnv(source)).toThrowError(new EnvError(name, 'is required when NODE_ENV=production'))
    },
  )

  it('reads COUNTRY_HEADER as a lower-case header name and rejects anything else', () => {
    expect(parseEnv({ COUNTRY_HEADER: 'CloudFront-Viewer-Country' }).COUNTRY_HEADER).toBe('cloudfront-viewer-country')
    expect(parseEnv({}).COUNTRY_HEADER).toBeUndefined()
    expect(() => parseEnv({ COUNTRY_HEADER: 'cf ipcountry' })).toThrow(/COUNTRY_HEADER must be an HTTP header name/)
  })

  it('gives the worker a 768 MB heap limit unless WORKER_HEAP_MB says otherwise, and refuses one too small to boot', () => {
    expect(parseEnv({}).WORKER_HEAP_MB).toBe(768)
    expect(parseEnv({ WORKER_HEAP_MB: '2048' }).WORKER_HEAP_MB).toBe(2048)
    expect(() => parseEnv({ WORKER_HEAP_MB: '64' })).toThrowError(/WORKER_HEAP_MB/)
    expect(() => parseEnv({ WORKER_HEAP_MB: '1.5g' })).toThrowError(/WORKER_HEAP_MB/)
  })

  it('rejects a malformed URL naming the variable', () => {
    expect(() => parseEnv({ ...production, REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL must be a redis: or rediss: URL/)
    expect(() => parseEnv({ DATABASE_URL: 'not a url' })).toThrow(/^Invalid environment: DATABASE_URL/)
  })

  it('rejects a bad port and a short secret', () => {
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT/)
    expect(() => parseEnv({ ...production, PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET must be at least 32/)
  })

  it('treats empty strings as unset', () => {
    expect(() => parseEnv({ ...production, GAMMA_URL: '' })).toThrow(/GAMMA_URL is required/)
  })
})

describe('parseEnv during next build', () => {
  it('does not require runtime secrets while Next collects pages', () => {
    expect(parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).NODE_ENV).toBe('production')
  })
})
