// Roles on the users collection: only admins manage users and grant roles.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, testPayload } from '../support/payload'

describe('users and roles', () => {
  let payload: Payload
  const users: Record<'admin' | 'editor' | 'qa', { id: number | string; roles: string[]; collection: 'users' }> = {} as never

  beforeAll(async () => {
    payload = await testPayload()
    await payload.delete({ collection: 'users', where: { email: { like: '%@roles.test' } }, overrideAccess: true })
    for (const role of ['admin', 'editor', 'qa'] as const) {
      const user = await payload.create({
        collection: 'users',
        data: { email: `${role}@roles.test`, password: 'correct-horse-battery', roles: [role] },
        overrideAccess: true,
        depth: 0,
      })
      users[role] = { ...user, collection: 'users' } as never
    }
  })

  afterAll(async () => {
    await payload.delete({ collection: 'users', where: { email: { like: '%@roles.test' } }, overrideAccess: true })
    await closePayload(payload)
  })

  it('lets an admin create a user with roles', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: 'new@roles.test', password: 'correct-horse-battery', roles: ['qa'] },
      user: users.admin,
      overrideAccess: false,
      depth: 0,
    })
    expect(created.roles).toEqual(['qa'])
  })

  it.each(['editor', 'qa'] as const)('forbids a %s to create users', async (role) => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: `by-${role}@roles.test`, password: 'correct-horse-battery', roles: ['admin'] },
        user: users[role],
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: `by-${role}@roles.test` } } })
    expect(totalDocs).toBe(0)
  })

  it('keeps an editor from promoting themselves', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: users.editor.id,
      data: { roles: ['admin'], name: 'Eddie' },
      user: users.editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(updated.name).toBe('Eddie')
    expect(updated.roles).toEqual(['editor'])
  })

  it('shows a non-admin only their own user', async () => {
    const { docs } = await payload.find({ collection: 'users', user: users.qa, overrideAccess: false, depth: 0, limit: 100 })
    expect(docs.map((doc) => doc.email)).toEqual(['qa@roles.test'])
  })

  it('sets its session cookie SameSite=Strict', async () => {
    expect(payload.collections.users.config.auth.cookies).toMatchObject({ sameSite: 'Strict' })
    const { token } = await payload.login({ collection: 'users', data: { email: 'qa@roles.test', password: 'correct-horse-battery' } })
    expect(token).toBeTruthy()
  })
})
