// Partners: only admins read or write them (editors and QA neither, the public nothing); the embeds see only the
// published version of a partner, with a generated key, and a key read once is served from memory for a few seconds.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPartnerDirectory } from '../../../src/embed/partners'
import { closePayload, testPayload } from '../../support/payload'
import { type StaffUser, staffUsers } from '../../support/staff'

const partnerData = (publicKey: string, extra: Record<string, unknown> = {}) => ({
  name: `Partner ${publicKey}`,
  publicKey,
  allowedOrigins: [{ origin: 'https://news.example' }, { origin: 'http://localhost:*' }],
  views: ['world-cup-group', 'event'] as ('world-cup-group' | 'tag-feed' | 'event')[],
  theme: { accent: '#112233', mode: 'dark' as const, density: 'compact' as const },
  ...extra,
})

describe('partners', () => {
  let payload: Payload
  let users: Record<'admin' | 'editor' | 'qa', StaffUser>

  beforeAll(async () => {
    payload = await testPayload()
    users = await staffUsers(payload, 'partners.test')
    await payload.delete({ collection: 'partners', where: { publicKey: { like: 'int-' } }, overrideAccess: true })
  })
  afterAll(async () => closePayload(payload))

  it('are written and read by admins only', async () => {
    const created = await payload.create({ collection: 'partners', user: users.admin, overrideAccess: false, draft: false, data: { ...partnerData('int-admin-made'), _status: 'published' } })
    expect(created.publicKey).toBe('int-admin-made')
    for (const role of ['editor', 'qa'] as const) {
      await expect(payload.create({ collection: 'partners', user: users[role], overrideAccess: false, data: partnerData(`int-${role}-made`) }), role).rejects.toThrow()
      await expect(payload.findByID({ collection: 'partners', id: created.id, user: users[role], overrideAccess: false }), role).rejects.toThrow()
      await expect(payload.update({ collection: 'partners', id: created.id, user: users[role], overrideAccess: false, data: { enabled: false } }), role).rejects.toThrow()
    }
    const anonymous = await payload.find({ collection: 'partners', overrideAccess: false, where: { id: { equals: created.id } } }).catch(() => ({ docs: [] }))
    expect(anonymous.docs).toEqual([])
  })

  it('get a generated public key, and refuse origins that are not origin patterns', async () => {
    const { publicKey: _unused, ...withoutKey } = partnerData('unused')
    const generated = await payload.create({ collection: 'partners', overrideAccess: true, draft: false, data: { ...withoutKey, publicKey: undefined as unknown as string, _status: 'published' } })
    expect(generated.publicKey).toMatch(/^pk-[0-9a-f]{20}$/)
    await payload.delete({ collection: 'partners', id: generated.id, overrideAccess: true })
    await expect(payload.create({ collection: 'partners', overrideAccess: true, data: partnerData('int-bad-origin', { allowedOrigins: [{ origin: 'https://news.example/path' }] }) })).rejects.toThrow(/origin/i)
  })

  it('reach the embeds as published: a draft change waits for its publish', async () => {
    const created = await payload.create({ collection: 'partners', overrideAccess: true, draft: false, data: { ...partnerData('int-published'), _status: 'published' } })
    await payload.update({ collection: 'partners', id: created.id, overrideAccess: true, draft: true, data: { enabled: false, _status: 'draft' } })
    await payload.create({ collection: 'partners', overrideAccess: true, draft: true, data: { ...partnerData('int-never-published'), _status: 'draft' } })

    const directory = createPartnerDirectory(async () => payload, 60_000)
    expect(await directory.byKey('int-published')).toEqual({
      key: 'int-published',
      name: 'Partner int-published',
      enabled: true,
      origins: ['https://news.example', 'http://localhost:*'],
      views: ['world-cup-group', 'event'],
      theme: { accent: '#112233', mode: 'dark', density: 'compact', font: expect.any(String) },
    })
    expect(await directory.byKey('int-never-published')).toBeNull()
    expect(await directory.byKey('int-no-such-key')).toBeNull()

    await payload.update({ collection: 'partners', id: created.id, overrideAccess: true, draft: false, data: { enabled: false, _status: 'published' } })
    // Within the TTL the directory answers from memory; a fresh one (another replica, or after the TTL) sees the publish.
    expect((await directory.byKey('int-published'))?.enabled).toBe(true)
    expect((await createPartnerDirectory(async () => payload).byKey('int-published'))?.enabled).toBe(false)
  })
})
