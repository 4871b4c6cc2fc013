/** Development only: the first start creates an admin user and keeps its credentials under DATA_DIR. */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

export interface AdminCredentials {
  email: string
  password: string
}

export const DEV_ADMIN_EMAIL = 'admin@playbook.local'

/** Returns the credentials to print: freshly created ones, or the ones saved by an earlier start. */
export async function ensureDevAdmin(payload: Payload, dataDir: string): Promise<AdminCredentials | null> {
  const file = path.resolve(dataDir, 'admin-credentials.json')
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as AdminCredentials
    } catch {
      return null
    }
  }
  const credentials = { email: DEV_ADMIN_EMAIL, password: randomBytes(9).toString('base64url') }
  await payload.create({
    collection: 'users',
    data: { ...credentials, name: 'Playbook Admin', roles: ['admin'] },
    overrideAccess: true,
    depth: 0,
  })
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, JSON.stringify(credentials, null, 2), { mode: 0o600 })
  return credentials
}
