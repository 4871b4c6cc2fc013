// Each role against each content collection: editors write and publish, QA reads drafts and writes nothing,
// the public reads published documents only and never a draft.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MARKET_KINDS } from '../../../src/display/marketKinds'
import { closePayload, testPayload } from '../../support/payload'
import { type StaffUser, staffUsers } from '../../support/staff'

type ContentSlug = 'explore-tags' | 'sports' | 'teams' | 'market-display-rules' | 'props-vocabulary' | 'tournaments' | 'reward-seasons' | 'reward-rules'

let sequence = 0
let ruleKinds = 0
let sportId: number
let seasonId: number

const documents: Record<ContentSlug, () => Record<string, unknown>> = {
  'explore-tags': () => ({ label: 'Access', slug: `access-${++sequence}`, kind: 'market-tag', filterTagIds: [1], sort: 'volume', marketStatus: 'open' }),
  sports: () => ({ name: 'Access', slug: `access-sport-${++sequence}`, upstreamTagId: 1 }),
  teams: () => ({ name: 'Access FC', upstreamTeamId: 70_000 + ++sequence }),
  // One rule per sport and market kind: each document takes the next kind, under this test's own sport so that
  // rules seeded by another test file cannot clash.
  'market-display-rules': () => ({ name: 'Access', sport: sportId, marketKind: MARKET_KINDS[ruleKinds++]!.value, titleTemplate: '{question}', section: 'More', sort: 'upstream', groupBy: 'none' }),
  'props-vocabulary': () => ({ sport: sportId, stat: `stat_${++sequence}`, statLabel: 'Stat', verb: 'get', unitSingular: 'unit', unitPlural: 'units' }),
  tournaments: () => ({ name: 'Cup', slug: `access-cup-${++sequence}`, upstreamTagId: 1, startDate: '2026-06-11T00:00:00Z', endDate: '2026-07-19T00:00:00Z' }),
  'reward-seasons': () => ({ name: 'S', slug: `access-season-${++sequence}`, startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z' }),
  'reward-rules': () => ({ name: `R${++sequence}`, season: seasonId, activityType: 'streak', basePoints: '1', pointsPerUnit: '0', effectiveFrom: `${2000 + sequence}-01-01T00:00:00Z`, effectiveUntil: `${2000 + sequence}-06-01T00:00:00Z` }),
}
const slugs = Object.keys(documents) as ContentSlug[]
const context = { skipUpstreamCheck: true }

describe('content access by role', () => {
  let payload: Payload
  let users: Record<'admin' | 'editor' | 'qa', StaffUser>

  const asUser = (user: StaffUser | undefined) => ({ user, overrideAccess: false, depth: 0, context })

  beforeAll(async () => {
    payload = await testPayload()
    users = await staffUsers(payload, 'access.test')
    const sport = await payload.create({ collection: 'sports', overrideAccess: true, context, data: { name: 'Access sport', slug: 'access-base-sport', upstreamTagId: 1, _status: 'published' } })
    sportId = sport.id
    const season = await payload.create({ collection: 'reward-seasons', overrideAccess: true, context, data: { name: 'Access', slug: 'access-base-season', startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z', _status: 'published' } })
    seasonId = season.id
  })

  afterAll(async () => closePayload(payload))

  describe.each(slugs)('%s', (collection) => {
    it.each(['admin', 'editor'] as const)('%s creates, saves a draft, publishes, updates and deletes', async (role) => {
      const draft = await payload.create({ collection, ...asUser(users[role]), draft: true, data: { ...documents[collection](), _status: 'draft' } as never })
      expect(draft._status).toBe('draft')
      const published = await payload.update({ collection, id: draft.id, ...asUser(users[role]), data: { _status: 'published' } as never })
      expect(published._status).toBe('published')
      await payload.delete({ collection, id: draft.id, ...asUser(users[role]) })
      expect((await payload.count({ collection, where: { id: { equals: draft.id } }, overrideAccess: true })).totalDocs).toBe(0)
    })

    it('qa reads drafts and versions but cannot create, update, publish or delete', async () => {
      const doc = await payload.create({ collection, overrideAccess: true, context, draft: true, depth: 0, data: { ...documents[collection](), _status: 'draft' } as never })
      const seen = await payload.findByID({ collection, id: doc.id, draft: true, ...asUser(users.qa) })
      expect(seen.id).toBe(doc.id)
      const versions = await payload.findVersions({ collection, where: { parent: { equals: doc.id } }, ...asUser(users.qa) })
      expect(versions.totalDocs).toBeGreaterThan(0)

      await expect(payload.create({ collection, ...asUser(users.qa), data: { ...documents[collection](), _status: 'published' } as never })).rejects.toThrow(/not allowed/i)
      await expect(payload.update({ collection, id: doc.id, ...asUser(users.qa), data: { _status: 'published' } as never })).rejects.toThrow(/not allowed/i)
      await expect(payload.delete({ collection, id: doc.id, ...asUser(users.qa) })).rejects.toThrow(/not allowed/i)
      const after = await payload.findByID({ collection, id: doc.id, overrideAccess: true, draft: true, depth: 0 })
      expect(after._status).toBe('draft')
    })

    it('the public reads published documents only: never a draft, never a version', async () => {
      const published = await payload.create({ collection, overrideAccess: true, context, depth: 0, data: { ...documents[collection](), _status: 'published' } as never })
      const draftOnly = await payload.create({ collection, overrideAccess: true, context, draft: true, depth: 0, data: { ...documents[collection](), _status: 'draft' } as never })
      const visible = await payload.find({ collection, ...asUser(undefined), draft: true, pagination: false, where: { id: { in: [published.id, draftOnly.id] } } })
      expect(visible.docs.map((doc) => doc.id)).toEqual([published.id])
      await expect(payload.findByID({ collection, id: draftOnly.id, ...asUser(undefined), draft: true })).rejects.toThrow(/not found/i)
      await expect(payload.findVersions({ collection, ...asUser(undefined) })).rejects.toThrow(/not allowed/i)
      await expect(payload.create({ collection, ...asUser(undefined), data: { ...documents[collection](), _status: 'published' } as never })).rejects.toThrow(/not allowed/i)
    })
  })

  describe.each(['app-users', 'wallets'] as const)('%s (data, not content)', (collection) => {
    const data = () =>
      collection === 'app-users'
        ? { handle: `access_${++sequence}` }
        : { address: `0x${(++sequence).toString(16).padStart(40, '0')}`, type: 'eoa' }

    it('admins write; editors and qa only read; the public reads nothing', async () => {
      const doc = await payload.create({ collection, ...asUser(users.admin), data: data() as never })
      for (const role of ['editor', 'qa'] as const) {
        expect((await payload.findByID({ collection, id: doc.id, ...asUser(users[role]) })).id).toBe(doc.id)
        await expect(payload.create({ collection, ...asUser(users[role]), data: data() as never })).rejects.toThrow(/not allowed/i)
        await expect(payload.delete({ collection, id: doc.id, ...asUser(users[role]) })).rejects.toThrow(/not allowed/i)
      }
      await expect(payload.find({ collection, ...asUser(undefined) })).rejects.toThrow(/not allowed/i)
    })
  })
})
