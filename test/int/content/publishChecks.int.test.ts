// Publishing an explore tag checks what it adds against market data: upstream tag ids exist, pinned events exist
// and are open. Draft saves are not checked; an unreachable upstream lets the publish through with a kept warning.
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { listConfigVersions, statesBeforeVersion } from '@/content/history'
import { publishWarningOf } from '@/content/publishWarnings'
import { publishRelease, restoreVersion } from '@/releases/operations'
import { env, resetEnvCache } from '@/config/env'
import { installServices } from '@/root'
import { createServices, type Services } from '@/services'
import { REPLAY_TAGS } from '@replay/data/catalog'
import { type FullReplayServer, startReplay } from '@replay/server'

import { closePayload, testPayload } from '../../support/payload'

const OPEN_EVENT = 'nba-bos-mia-2026-06-20'
const SETTLED_EVENT = 'nba-bos-lal-2026-06-11'

describe('explore tag publish checks against market data', () => {
  let payload: Payload
  let replay: FullReplayServer
  let services: Services
  const previousGamma = process.env.GAMMA_URL

  const create = (slug: string, filterTagIds: number[], extra: Record<string, unknown> = {}, status: 'published' | 'draft' = 'published') =>
    payload.create({
      collection: 'explore-tags',
      overrideAccess: true,
      depth: 0,
      draft: status === 'draft',
      data: { label: slug, slug, kind: 'market-tag', filterTagIds, sort: 'volume', marketStatus: 'open', _status: status, ...extra } as never,
    })
  const update = (id: number, data: Record<string, unknown>, status: 'published' | 'draft' = 'published') =>
    payload.update({ collection: 'explore-tags', id, overrideAccess: true, depth: 0, draft: status === 'draft', data: { ...data, _status: status } as never })
  const warnings = () => ({ redis: services.redis, prefix: services.config.REDIS_KEY_PREFIX })

  beforeAll(async () => {
    replay = await startReplay({ port: 0, shiftDates: false })
    process.env.GAMMA_URL = replay.url
    resetEnvCache()
    payload = await testPayload()
    // The checks read market data through the process's root, as they do in the app.
    services = installServices(createServices({ config: env(), payload: async () => payload, listen: false }))
    await payload.delete({ collection: 'explore-tags', where: { slug: { like: 'publish-check-' } }, overrideAccess: true })
  })

  beforeEach(() => replay.setFaults([]))

  afterAll(async () => {
    process.env.GAMMA_URL = previousGamma
    resetEnvCache()
    await services.close()
    await closePayload(payload)
    await replay.stop()
  })

  it('publishes ids the upstream knows and an open pinned event', async () => {
    const saved = await create('publish-check-ok', [REPLAY_TAGS.crypto.id, REPLAY_TAGS.bitcoin.id], { pinnedEvents: [OPEN_EVENT] })
    expect(saved.filterTagIds).toEqual([REPLAY_TAGS.crypto.id, REPLAY_TAGS.bitcoin.id])
    expect(saved.pinnedEvents).toEqual([OPEN_EVENT])
  })

  it('refuses to publish an unknown id, naming the field, and writes nothing', async () => {
    const before = (await payload.count({ collection: 'explore-tags', overrideAccess: true })).totalDocs
    await expect(create('publish-check-bad', [REPLAY_TAGS.crypto.id, 424242])).rejects.toMatchObject({
      message: expect.stringContaining('Upstream tag ids'),
      data: { errors: [expect.objectContaining({ path: 'filterTagIds', message: 'Unknown upstream tag id: 424242.' })] },
    })
    await expect(create('publish-check-bad-group', [REPLAY_TAGS.crypto.id], { filterGroups: [{ match: 'any', tagIds: [777777] }] })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'filterGroups.0.tagIds', message: 'Unknown upstream tag id: 777777.' })] },
    })
    expect((await payload.count({ collection: 'explore-tags', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('saves a draft with an unknown id, and refuses to publish that draft', async () => {
    const draft = await create('publish-check-draft', [REPLAY_TAGS.crypto.id], {}, 'published')
    // The draft (as autosave writes it) carries the unknown id: not checked.
    await update(draft.id, { filterTagIds: [REPLAY_TAGS.crypto.id, 515151] }, 'draft')
    // Publishing the draft compares with the published version, not with the draft that already had the id.
    await expect(update(draft.id, { filterTagIds: [REPLAY_TAGS.crypto.id, 515151] })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'filterTagIds', message: 'Unknown upstream tag id: 515151.' })] },
    })
  })

  it('refuses to publish a missing or settled pinned event, naming the field', async () => {
    await expect(create('publish-check-missing', [REPLAY_TAGS.crypto.id], { pinnedEvents: ['no-such-event-anywhere'] })).rejects.toMatchObject({
      message: expect.stringContaining('Pinned events'),
      data: { errors: [expect.objectContaining({ path: 'pinnedEvents', message: 'Pinned events: no upstream event "no-such-event-anywhere".' })] },
    })
    await expect(create('publish-check-settled', [REPLAY_TAGS.crypto.id], { pinnedEvents: [SETTLED_EVENT] })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'pinnedEvents', message: `Pinned events: "${SETTLED_EVENT}" has settled.` })] },
    })
    // Hidden events are not checked: hiding a settled one is fine.
    await expect(create('publish-check-hidden', [REPLAY_TAGS.crypto.id], { hiddenEvents: [SETTLED_EVENT] })).resolves.toBeTruthy()
  })

  it('republishes unchanged filters without asking market data', async () => {
    const doc = await create('publish-check-unchanged', [REPLAY_TAGS.ethereum.id], { pinnedEvents: [OPEN_EVENT] })
    replay.resetCounters()
    // Market data down: nothing new to check, so nothing is asked and no warning is kept.
    replay.setFaults([{ status: 503 }])
    await update(doc.id, { label: 'Renamed', filterTagIds: [REPLAY_TAGS.ethereum.id], pinnedEvents: [OPEN_EVENT] })
    expect(Object.values(replay.counters().calls).reduce((sum, n) => sum + n, 0)).toBe(0)
    expect(await publishWarningOf(warnings(), 'explore-tags', doc.id)).toBeNull()
  })

  it('reads the published row once before a publish, and records the change from it', async () => {
    const doc = await create('publish-check-one-read', [REPLAY_TAGS.ethereum.id])
    const db = payload.db as unknown as { findOne: (args: { collection: string }) => Promise<unknown> }
    const findOne = db.findOne
    const reads: string[] = []
    db.findOne = function (this: unknown, args) {
      reads.push(args.collection)
      return findOne.call(this, args)
    }
    try {
      await update(doc.id, { label: 'Read once' })
    } finally {
      db.findOne = findOne
    }
    // Once before the save (the checks and the change record share it), once after.
    expect(reads.filter((collection) => collection === 'explore-tags')).toHaveLength(2)
    // Recorded as a publish, undone by bringing back the state read before it.
    const [latest] = await listConfigVersions(payload.db.drizzle as never, 1)
    expect(latest).toMatchObject({ action: 'publish', documents: [{ collection: 'explore-tags', id: doc.id, title: 'Read once' }] })
    const [before] = await statesBeforeVersion(payload.db.drizzle as never, latest!.version)
    expect(before).toMatchObject({ collection: 'explore-tags', id: doc.id, state: { label: 'publish-check-one-read' } })
  })

  it('publishes with a kept warning when market data is unreachable, and a checked publish clears it', async () => {
    const doc = await create('publish-check-down', [REPLAY_TAGS.ethereum.id])
    replay.setFaults([{ path: '/events/slug/', status: 503 }])
    const published = await update(doc.id, { pinnedEvents: ['maybe-an-event'] })
    expect(published.pinnedEvents).toEqual(['maybe-an-event'])
    expect(await publishWarningOf(warnings(), 'explore-tags', doc.id)).toMatchObject({ message: expect.stringContaining('pinned events were published unchecked') })

    replay.setFaults([])
    await update(doc.id, { pinnedEvents: ['maybe-an-event', OPEN_EVENT] })
    expect(await publishWarningOf(warnings(), 'explore-tags', doc.id)).toBeNull()
  })

  it('refuses a release whose draft adds an unknown id, naming the document and field', async () => {
    const doc = await create('publish-check-release', [REPLAY_TAGS.crypto.id])
    await update(doc.id, { filterTagIds: [REPLAY_TAGS.crypto.id, 626262] }, 'draft')
    const release = await payload.create({ collection: 'releases', overrideAccess: true, depth: 0, data: { title: 'publish-check release', documents: [{ relationTo: 'explore-tags', value: doc.id }] } as never })
    await expect(publishRelease(payload, release.id, null)).rejects.toMatchObject({
      code: 'release.invalid_documents',
      extensions: { documents: [{ collection: 'explore-tags', id: doc.id, errors: [{ path: 'filterTagIds', message: 'Unknown upstream tag id: 626262.' }] }] },
    })
  })

  it('restores an earlier published state without checking it again (a rollback is never refused by market data)', async () => {
    // Published when its pin was fine (here: unchecked), then changed: the pin no longer exists upstream.
    const doc = await payload.create({
      collection: 'explore-tags',
      overrideAccess: true,
      depth: 0,
      context: { skipUpstreamCheck: true },
      data: { label: 'restore', slug: 'publish-check-restore', kind: 'market-tag', filterTagIds: [REPLAY_TAGS.crypto.id], pinnedEvents: ['gone-since'], _status: 'published' } as never,
    })
    const [target] = await listConfigVersions(payload.db.drizzle as never, 1)
    await update(doc.id, { pinnedEvents: [] })
    await restoreVersion(payload, target!.version, null)
    expect((await payload.findByID({ collection: 'explore-tags', id: doc.id, overrideAccess: true, depth: 0 })).pinnedEvents).toEqual(['gone-since'])
  })

  it('skips the checks for seeds (context.skipUpstreamCheck)', async () => {
    const saved = await payload.create({
      collection: 'explore-tags',
      overrideAccess: true,
      depth: 0,
      context: { skipUpstreamCheck: true },
      data: { label: 'seeded', slug: 'publish-check-seeded', kind: 'market-tag', filterTagIds: [999999], pinnedEvents: ['not-checked'], _status: 'published' } as never,
    })
    expect(saved.filterTagIds).toEqual([999999])
  })
})
