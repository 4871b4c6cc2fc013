// Payload's job queue (scheduled publishes, re-scores) by role and verb: Payload's defaults let any logged-in user
// queue and cancel jobs, and its schedule-publish server function checks only admin access. Staff read the queue;
// admins alone write it directly; editors (not QA) schedule publishes from the admin.
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { editorsOnly, jobAccess } from '@/access/jobs'
import { RESCORE_TASK } from '@/rewards/rescoreJob'

import { closePayload, testPayload } from '../../support/payload'
import { type StaffUser, staffUsers } from '../../support/staff'

type Role = 'admin' | 'editor' | 'qa'

describe('the job queue by role', () => {
  let payload: Payload
  let users: Record<Role, StaffUser>
  const roles: Role[] = ['admin', 'editor', 'qa']
  const as = (user: StaffUser | undefined) => ({ user, overrideAccess: false as const, depth: 0 })
  const req = (user: StaffUser | undefined) => createLocalReq({ user: user as never }, payload)
  const queued = (): Promise<{ id: number }> => payload.jobs.queue({ task: RESCORE_TASK as never, input: { seasonId: 999_999 } as never, waitUntil: new Date(Date.now() + 86_400_000) }) as never

  beforeAll(async () => {
    payload = await testPayload()
    users = await staffUsers(payload, 'jobs.test')
  })
  afterAll(async () => closePayload(payload))

  it('is read by staff only', async () => {
    await queued()
    for (const role of roles) expect((await payload.find({ collection: 'payload-jobs', ...as(users[role]) })).totalDocs, role).toBeGreaterThan(0)
    await expect(payload.find({ collection: 'payload-jobs', ...as(undefined) })).rejects.toThrow(/not allowed/i)
  })

  it('is written directly by admins only: create, update, delete', async () => {
    for (const role of ['editor', 'qa'] as const) {
      const job = await queued()
      await expect(payload.create({ collection: 'payload-jobs', data: { taskSlug: RESCORE_TASK, input: { seasonId: 1 } } as never, ...as(users[role]) }), role).rejects.toThrow(/not allowed/i)
      await expect(payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date().toISOString() } as never, ...as(users[role]) }), role).rejects.toThrow(/not allowed/i)
      await expect(payload.delete({ collection: 'payload-jobs', id: job.id, ...as(users[role]) }), role).rejects.toThrow(/not allowed/i)
    }
    const job = await queued()
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() + 3_600_000).toISOString() } as never, ...as(users.admin) })
    await payload.delete({ collection: 'payload-jobs', id: job.id, ...as(users.admin) })
  })

  it('is queued, run and cancelled through the jobs API by admins only', async () => {
    for (const role of ['editor', 'qa'] as const) {
      const request = await req(users[role])
      await expect(payload.jobs.queue({ task: RESCORE_TASK as never, input: { seasonId: 1 } as never, overrideAccess: false, req: request }), role).rejects.toThrow(/not allowed/i)
      await expect(payload.jobs.cancel({ where: { taskSlug: { equals: RESCORE_TASK } }, overrideAccess: false, req: request }), role).rejects.toThrow(/not allowed/i)
      expect(jobAccess.run({ req: request }), role).toBe(false)
    }
    const admin = await req(users.admin)
    expect(jobAccess.queue({ req: admin }) && jobAccess.run({ req: admin }) && jobAccess.cancel({ req: admin })).toBe(true)
  })

  it("lets editors, not QA, use the admin's schedule-publish server function", async () => {
    const scheduled: unknown[] = []
    const schedule = editorsOnly(async (args: { type: string }) => scheduled.push(args.type))
    await expect(async () => schedule({ type: 'publish', req: await req(users.qa) } as never)).rejects.toThrow(/not allowed/i)
    await expect(async () => schedule({ type: 'publish', req: await req(undefined) } as never)).rejects.toThrow(/not allowed/i)
    await schedule({ type: 'publish', req: await req(users.editor) } as never)
    await schedule({ type: 'publish', req: await req(users.admin) } as never)
    expect(scheduled).toEqual(['publish', 'publish'])
  })
})
