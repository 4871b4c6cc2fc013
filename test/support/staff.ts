/** One user per editorial role, for access tests through the Local API with `overrideAccess: false`. */
import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'

export type StaffUser = { id: number; roles: Role[]; collection: 'users'; email: string }

export async function staffUsers(payload: Payload, domain: string): Promise<Record<Role, StaffUser>> {
  await payload.delete({ collection: 'users', where: { email: { like: `%@${domain}` } }, overrideAccess: true })
  const users = {} as Record<Role, StaffUser>
  for (const role of ['admin', 'editor', 'qa'] as const) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@${domain}`, password: 'correct-horse-battery', roles: [role] },
      overrideAccess: true,
      depth: 0,
    })
    users[role] = { ...(user as unknown as StaffUser), collection: 'users' }
  }
  return users
}
