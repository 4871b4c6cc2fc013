// Version history is bounded per document by the collections' own prune (one statement per save), with Payload's
// `maxPerDoc` off: every versioned collection prunes, and a document keeps exactly its newest versions.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pruneVersions, VERSIONS_KEPT, versionTableOf } from '@/content/pruneVersions'

import { closePayload, testPayload } from '../../support/payload'

describe('version history per document', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(() => closePayload(payload))

  it('is pruned by every versioned collection, in its own version table', () => {
    const versioned = Object.values(payload.collections).filter(({ config }) => config.versions)
    expect(versioned.map(({ config }) => config.slug)).toEqual(expect.arrayContaining(['explore-tags', 'teams', 'partners', 'tournaments']))
    for (const { config } of versioned) {
      expect(config.versions && config.versions.maxPerDoc, config.slug).toBe(0)
      expect(config.hooks.afterChange, config.slug).toContain(pruneVersions)
      expect(versionTableOf(payload, config.slug)).toMatch(/^_[a-z_]+_v$/)
    }
  })

  it('keeps a document’s newest versions and its published state', async () => {
    const base = { overrideAccess: true, depth: 0, context: { skipUpstreamCheck: true } } as const
    const team = await payload.create({ collection: 'teams', ...base, data: { name: 'Pruned FC', upstreamTeamId: 987_654, _status: 'published' } as never })
    const saves = VERSIONS_KEPT + 3
    for (let i = 1; i <= saves; i++) await payload.update({ collection: 'teams', id: team.id, ...base, draft: true, data: { name: `Pruned FC ${i}` } as never })

    const versions = await payload.findVersions({ collection: 'teams', overrideAccess: true, depth: 0, where: { parent: { equals: team.id } }, sort: '-updatedAt', limit: 100 })
    expect(versions.totalDocs).toBe(VERSIONS_KEPT)
    expect(versions.docs[0]?.version.name).toBe(`Pruned FC ${saves}`)
    expect(versions.docs.at(-1)?.version.name).toBe(`Pruned FC ${saves - VERSIONS_KEPT + 1}`)
    // The published document is untouched by draft saves and by the prune.
    expect((await payload.findByID({ collection: 'teams', id: team.id, overrideAccess: true, depth: 0 })).name).toBe('Pruned FC')
  })
})
