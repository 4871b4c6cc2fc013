// Explore-tag filters must name upstream tags that exist: checked against the (cached) upstream tag list on save.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env, resetEnvCache } from '@/config/env'
import { installServices } from '@/root'
import { createServices, type Services } from '@/services'
import { REPLAY_TAGS } from '@replay/data/catalog'
import { type FullReplayServer, startReplay } from '@replay/server'

import { closePayload, testPayload } from '../../support/payload'

describe('explore tag filters against the upstream tags', () => {
  let payload: Payload
  let replay: FullReplayServer
  let services: Services
  const previousGamma = process.env.GAMMA_URL

  const create = (slug: string, filterTagIds: number[], filterGroups: unknown[] = []) =>
    payload.create({
      collection: 'explore-tags',
      overrideAccess: true,
      depth: 0,
      data: { label: slug, slug, kind: 'market-tag', filterTagIds, filterGroups, sort: 'volume', marketStatus: 'open', _status: 'published' } as never,
    })

  beforeAll(async () => {
    replay = await startReplay({ port: 0, shiftDates: false })
    process.env.GAMMA_URL = replay.url
    resetEnvCache()
    payload = await testPayload()
    // The validator reads market data through the process's root, as it does in the app.
    services = installServices(createServices({ config: env(), payload: async () => payload, listen: false }))
    await payload.delete({ collection: 'explore-tags', where: { slug: { like: 'upstream-check-' } }, overrideAccess: true })
  })

  afterAll(async () => {
    process.env.GAMMA_URL = previousGamma
    resetEnvCache()
    await services.close()
    await closePayload(payload)
    await replay.stop()
  })

  it('accepts ids the upstream knows', async () => {
    const saved = await create('upstream-check-ok', [REPLAY_TAGS.crypto.id, REPLAY_TAGS.bitcoin.id])
    expect(saved.filterTagIds).toEqual([REPLAY_TAGS.crypto.id, REPLAY_TAGS.bitcoin.id])
  })

  it('rejects an unknown id, naming it, and writes nothing', async () => {
    const before = (await payload.count({ collection: 'explore-tags', overrideAccess: true })).totalDocs
    await expect(create('upstream-check-bad', [REPLAY_TAGS.crypto.id, 424242])).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'filterTagIds', message: 'Unknown upstream tag id: 424242.' })] },
    })
    await expect(create('upstream-check-bad-group', [REPLAY_TAGS.crypto.id], [{ match: 'any', tagIds: [777777] }])).rejects.toThrow(/invalid/i)
    expect((await payload.count({ collection: 'explore-tags', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('asks the upstream for the tag list once, then answers from the cache', async () => {
    replay.resetCounters()
    await create('upstream-check-cached', [REPLAY_TAGS.ethereum.id])
    expect(replay.counters().calls['/tags'] ?? 0).toBe(0)
  })
})
