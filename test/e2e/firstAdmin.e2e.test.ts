// The first admin of a production deployment: nobody anonymous can register it (Payload's own first-register would
// create it and hand out its token); it comes from `npm run create-admin` or the one-time bootstrap token.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type RunningApp, startApp } from '../support/app'
import { createDatabase, dropDatabase } from '../support/services'

const run = promisify(execFile)
const TOKEN = 'bootstrap-token-bootstrap-token-0123456789'
const database = `playbook_first_admin_${process.env.TEST_RUN_ID ?? process.pid}`.replace(/[^a-z0-9_]/g, '_')

describe('the first admin', () => {
  let app: RunningApp
  let url: string
  const adminUrl = process.env.TEST_PG_ADMIN_URL!

  const users = async () => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return Number((await client.query('select count(*) from users')).rows[0].count)
    } finally {
      await client.end()
    }
  }
  const register = (headers: Record<string, string> = {}, body: unknown = { email: 'first@e2e.test', password: 'first-admin-password-1' }) =>
    fetch(`${app.url}/api/users/first-register`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  const login = (email: string, password: string) =>
    fetch(`${app.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })

  beforeAll(async () => {
    url = await createDatabase(adminUrl, database)
    app = await startApp({ ...inject('appEnv'), DATABASE_URL: url, ADMIN_BOOTSTRAP_TOKEN: TOKEN, REDIS_KEY_PREFIX: `pb:first-admin:${Date.now()}:` })
  })
  afterAll(async () => {
    await app?.stop()
    await dropDatabase(adminUrl, database)
  })

  it('cannot be registered anonymously on an empty database, nor with a wrong token', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-bootstrap-token': 'wrong' }, { 'x-bootstrap-token': `${TOKEN}x` }]
    for (const headers of attempts) {
      const response = await register(headers)
      expect(response.status).toBe(403)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
      expect(await response.json()).toMatchObject({ status: 403, code: 'auth.first_register_closed' })
    }
    expect(await users()).toBe(0)
  })

  it('is created once with the bootstrap token, then the token creates nobody', async () => {
    const created = await register({ 'x-bootstrap-token': TOKEN })
    expect(created.status).toBe(201)
    expect(await created.json()).toMatchObject({ user: { email: 'first@e2e.test', roles: ['admin'] } })
    expect((await login('first@e2e.test', 'first-admin-password-1')).status).toBe(200)
    const again = await register({ 'x-bootstrap-token': TOKEN }, { email: 'second@e2e.test', password: 'second-admin-password-1' })
    expect(again.status).toBe(403)
    expect(await again.json()).toMatchObject({ code: 'auth.first_admin_exists' })
    expect(await users()).toBe(1)
  })

  it('comes from npm run create-admin, the password read from standard input', async () => {
    const cli = (email: string, password: string) => {
      const child = run('npx', ['tsx', 'src/boot/createAdmin.ts', '--email', email], { env: { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: inject('appEnv').PAYLOAD_SECRET } })
      child.child.stdin!.end(`${password}\n`)
      return child
    }
    await expect(cli('ops@e2e.test', 'short')).rejects.toMatchObject({ stderr: expect.stringContaining('at least 12 characters') })
    const { stdout } = await cli('ops@e2e.test', 'ops-admin-password-1')
    expect(stdout).toContain('admin ops@e2e.test created')
    expect((await login('ops@e2e.test', 'ops-admin-password-1')).status).toBe(200)
    await expect(cli('ops@e2e.test', 'ops-admin-password-2')).rejects.toMatchObject({ stderr: expect.stringContaining('exists') })
  })
})
