// A tournament with an audience: outside it, the World Cup page and every group page are not there, and search
// injects none of its matches; inside it (a QA device here), they are served as before.
import { describe, expect, it } from 'vitest'

import { type ContentDocuments, compileSnapshot } from '@/content/compile'
import type { AudienceRule } from '@/content/types'
import { createScreenLoader } from '@/loaders/screens'
import type { MarketStore } from '@/markets/store'
import type { Audience } from '@/screens/audience'
import { exploreTree } from '@/screens/explore'
import { WORLD_CUP_2026 } from '@replay/data/catalog'

import { ALWAYS, all, snapshot, tagTree, worldCupTournament } from './fixtures'

const now = new Date('2026-06-20T12:00:00.000Z')
const qaOnly: AudienceRule = { key: 'tournaments:1', countries: null, rolloutPercent: 0, installIds: ['qa-phone'] }
const content = snapshot({ tournaments: { 'world-cup-2026': worldCupTournament({ visibility: { ...ALWAYS, audience: qaOnly } }) } })
let upstreamReads = 0
const markets = {
  eventsForAll: async () => {
    upstreamReads++
    return []
  },
  search: async () => ({ events: [], tags: [], profiles: [] }),
} as unknown as MarketStore
const screens = createScreenLoader({ markets, profiles: async () => [], cursorKey: () => Buffer.alloc(32) })
const someone: Audience = { platform: 'ios', appVersion: '9.0.0', installId: 'someone' }
const qa: Audience = { ...someone, installId: 'qa-phone' }

describe('a tournament outside the client’s audience', () => {
  it('is not found, group pages included, before any market read', async () => {
    upstreamReads = 0
    await expect(screens.worldCup(content, someone, now)).rejects.toMatchObject({ kind: 'NotFound', code: 'world_cup.not_configured' })
    await expect(screens.worldCupGroup(content, 'A', someone, now)).rejects.toMatchObject({ kind: 'NotFound', code: 'world_cup.not_configured' })
    expect(upstreamReads).toBe(0)
  })

  it('adds no group nodes to the explore tree, whose pages it would not serve', () => {
    const withTag = { ...content, ...tagTree([{ slug: 'world-cup', filter: all(WORLD_CUP_2026.tagId) }]) }
    const groupsFor = (client: Audience) => exploreTree(withTag, client, now).tags[0]!.children.filter((node) => node.kind === 'world-cup-group').length
    expect(groupsFor(someone)).toBe(0)
    expect(groupsFor(qa)).toBeGreaterThan(0)
  })

  it('is served to a client in its audience', async () => {
    await expect(screens.worldCup(content, qa, now)).resolves.toMatchObject({ stale: false })
  })

  it('is compiled only when it restricts anyone, and listed among the snapshot rules', () => {
    const documents = { exploreTags: [], sports: [], teams: [], displayRules: [], props: [], seasons: [], rewardRules: [] }
    const tournament = (id: number, visibility: unknown) => ({ id, slug: `t${id}`, name: 'T', upstreamTagId: 1, startDate: '2026-06-11', endDate: '2026-07-19', groups: [], visibility })
    const compiled = compileSnapshot({ ...documents, tournaments: [tournament(1, { rolloutPercent: 10 }), tournament(2, { countries: [], rolloutPercent: null })] } as unknown as ContentDocuments, { draft: false, now })
    expect(compiled.tournaments.t1!.visibility?.audience).toEqual({ key: 'tournaments:1', countries: null, rolloutPercent: 10, installIds: [] })
    expect(compiled.tournaments.t2!.visibility).toBeUndefined()
    expect(compiled.audienceRules?.map((rule) => rule.key)).toEqual(['tournaments:1'])
  })
})
