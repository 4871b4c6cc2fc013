// Browser tests run against the production build on the run's own database, Redis and a replay upstream.
import { execFileSync } from 'node:child_process'

import type { TestProject } from 'vitest/node'

import { startBundledReplay } from '../../replay/bundled'
import { startApp } from '../support/app'

const E2E_SECRET = 'e2e-secret-e2e-secret-e2e-secret-0123456'
export const E2E_ADMIN = { email: 'admin@e2e.test', password: 'e2e-admin-password-1' }
export const E2E_EDITOR = { email: 'editor@e2e.test', password: 'e2e-editor-password-1' }
export const E2E_CORS_ORIGIN = 'https://app.playbook.test'
export const E2E_QA = { email: 'qa@e2e.test', password: 'e2e-qa-password-1' }
/** Opens /api/metrics and the details of /api/health (see README, Production). */
export const E2E_OPS_TOKEN = 'e2e-ops-token-e2e-ops-token-0123456789'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    admin: { email: string; password: string }
    editor: { email: string; password: string }
    qa: { email: string; password: string }
    replayUrl: string
    /** The environment of the app under test, to start more replicas of it. */
    appEnv: Record<string, string>
  }
}

export default async function setup(project: TestProject) {
  const replay = await startBundledReplay({ latencyMs: 0 })
  const appEnv = {
    DATABASE_URL: process.env.TEST_DATABASE_URL!,
    REDIS_URL: process.env.TEST_REDIS_URL!,
    GAMMA_URL: replay.url,
    PAYLOAD_SECRET: E2E_SECRET,
    // The run's own key space: cache entries of an earlier run on the same Redis must not leak into this one.
    REDIS_KEY_PREFIX: `pb:${process.env.TEST_RUN_ID ?? 'e2e'}:`,
    CORS_ORIGINS: E2E_CORS_ORIGIN,
    OPS_TOKEN: E2E_OPS_TOKEN,
    // Every test connects from 127.0.0.1, one client to the app: its miss limit is tested on an app of its own.
    CLIENT_MISS_LIMIT: '100000',
    PAYLOAD_REST_LIMIT: '100000',
  }
  const app = await startApp(appEnv)
  // The server ran the migrations; staff users and the demo content are created through the Local API, in
  // processes of their own (a Payload instance inside vitest's global setup does not shut down cleanly).
  const localApi = (script: string, ...args: string[]) =>
    execFileSync('npx', ['tsx', script, ...args], {
      env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, PAYLOAD_SECRET: E2E_SECRET, GAMMA_URL: replay.url },
      stdio: 'inherit',
      timeout: 120_000,
    })
  localApi('test/support/createUser.ts', E2E_ADMIN.email, E2E_ADMIN.password, 'admin')
  localApi('test/support/createUser.ts', E2E_EDITOR.email, E2E_EDITOR.password, 'editor')
  localApi('test/support/createUser.ts', E2E_QA.email, E2E_QA.password, 'qa')
  localApi('src/seed/cli.ts')

  project.provide('baseUrl', app.url)
  project.provide('admin', E2E_ADMIN)
  project.provide('editor', E2E_EDITOR)
  project.provide('qa', E2E_QA)
  project.provide('replayUrl', replay.url)
  project.provide('appEnv', appEnv)
  return async () => {
    await app.stop()
    await replay.stop()
  }
}
