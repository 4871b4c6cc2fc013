// Browser tests run against the production build on the run's own database, Redis and a replay upstream.
import { execFileSync } from 'node:child_process'

import type { TestProject } from 'vitest/node'

import { startBundledReplay } from '../../src/markets/replay/bundled'
import { startApp } from '../support/app'

const E2E_SECRET = 'e2e-secret-e2e-secret-e2e-secret-0123456'
export const E2E_ADMIN = { email: 'admin@e2e.test', password: 'e2e-admin-password-1' }

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    admin: { email: string; password: string }
  }
}

export default async function setup(project: TestProject) {
  const replay = await startBundledReplay({ latencyMs: 0 })
  const app = await startApp({
    DATABASE_URL: process.env.TEST_DATABASE_URL!,
    REDIS_URL: process.env.TEST_REDIS_URL!,
    GAMMA_URL: replay.url,
    PAYLOAD_SECRET: E2E_SECRET,
  })
  // The server ran the migrations; the test admin is created through the Local API, in a process of its own.
  execFileSync('npx', ['tsx', 'test/support/createUser.ts', E2E_ADMIN.email, E2E_ADMIN.password, 'admin'], {
    env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, PAYLOAD_SECRET: E2E_SECRET, GAMMA_URL: replay.url },
    stdio: 'inherit',
    timeout: 60_000,
  })

  project.provide('baseUrl', app.url)
  project.provide('admin', E2E_ADMIN)
  return async () => {
    await app.stop()
    await replay.stop()
  }
}
