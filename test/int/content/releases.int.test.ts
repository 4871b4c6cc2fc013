// Releases and config versions on the real database: a release publishes its drafts in one transaction (one
// version, one notification, never half of it in a snapshot), an invalid document blocks all of it, a revert and a
// restore bring back earlier published states as new versions, and a scheduled release publishes at its time.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ContentListener, listenForContentChanges } from '../../../src/content/listen'
import { buildSnapshot } from '../../../src/content/load'
import type { ContentChange } from '../../../src/content/notify'
import { listConfigVersions } from '../../../src/content/history'
import { ContentSnapshots } from '../../../src/content/snapshots'
import { isAppError } from '../../../src/errors'
import { publishRelease, restoreVersion, revertRelease } from '../../../src/releases/operations'
import { closePayload, testPayload } from '../../support/payload'
import { sleep, until } from '../../support/wait'

const context = { skipUpstreamCheck: true }
const base = { overrideAccess: true, depth: 0, context } as const
const options = { context }

describe('releases and config versions', () => {
  let payload: Payload
  let snapshots: ContentSnapshots
  let listener: ContentListener
  const changes: (ContentChange | null)[] = []
  let tagId: number
  let ruleId: number

  const published = () => buildSnapshot(payload, { draft: false })
  const state = async () => {
    const snapshot = await published()
    const rule = snapshot.displayRules.find((r) => r.marketKind === 'totals')
    return { label: snapshot.tags['release-tag']?.label, title: rule?.titleTemplate, version: snapshot.configVersion }
  }
  const draft = (collection: 'explore-tags' | 'market-display-rules', id: number, data: Record<string, unknown>) =>
    payload.update({ collection, id, draft: true, data: data as never, ...base })
  const release = async (title: string, documents: { relationTo: 'explore-tags' | 'market-display-rules'; value: number }[], extra: Record<string, unknown> = {}) =>
    (await payload.create({ collection: 'releases', ...base, data: { title, documents, ...extra } as never })).id

  beforeAll(async () => {
    payload = await testPayload()
    for (const collection of ['releases', 'explore-tags', 'market-display-rules'] as const) {
      await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true, context })
    }
    tagId = (await payload.create({ collection: 'explore-tags', ...base, data: { label: 'Tag v1', slug: 'release-tag', kind: 'market-tag', filterTagIds: [1], sort: 'volume', marketStatus: 'open', _status: 'published' } })).id
    ruleId = (
      await payload.create({ collection: 'market-display-rules', ...base, data: { name: 'Totals', marketKind: 'totals', titleTemplate: 'Over/Under {line}', section: 'Totals', sort: 'line', groupBy: 'none', _status: 'published' } })
    ).id
    snapshots = new ContentSnapshots(async () => payload)
    listener = listenForContentChanges(process.env.DATABASE_URL!, (change) => {
      changes.push(change)
      snapshots.changed(change)
    })
    await listener.ready
  })

  afterAll(async () => {
    await listener.stop()
    await closePayload(payload)
  })

  it('advances the config version on a publish, not on a draft save', async () => {
    const before = (await state()).version
    await draft('explore-tags', tagId, { label: 'Draft only' })
    expect((await state()).version).toBe(before)
    await payload.update({ collection: 'explore-tags', id: tagId, data: { label: 'Tag v1', _status: 'published' }, ...base })
    const after = await state()
    expect(after).toMatchObject({ label: 'Tag v1', version: before + 1 })
    const [newest] = await listConfigVersions(payload.db.drizzle as never, 1)
    expect(newest).toMatchObject({ version: before + 1, action: 'publish', documents: [{ collection: 'explore-tags', id: tagId, title: 'Tag v1', published: true }] })
  })

  it('publishes a release of two drafts at once: one version, one notification, never half in a snapshot', async () => {
    await draft('explore-tags', tagId, { label: 'Tag v2' })
    await draft('market-display-rules', ruleId, { titleTemplate: 'Total {line}' })
    const id = await release('Matchday', [
      { relationTo: 'explore-tags', value: tagId },
      { relationTo: 'market-display-rules', value: ruleId },
    ])
    const before = await state()
    expect(before).toMatchObject({ label: 'Tag v1', title: 'Over/Under {line}' })
    const notified = changes.length

    // Snapshots built over and over while the release commits: each shows both changes or neither.
    let publishing = true
    const seen: Awaited<ReturnType<typeof state>>[] = []
    const poller = (async () => {
      while (publishing) seen.push(await state())
    })()
    const result = await publishRelease(payload, id, null, options)
    publishing = false
    await poller
    seen.push(await state())

    expect(result).toEqual({ configVersion: before.version + 1, documents: 2 })
    for (const snapshot of seen) {
      const old = snapshot.label === 'Tag v1' && snapshot.title === 'Over/Under {line}' && snapshot.version === before.version
      const next = snapshot.label === 'Tag v2' && snapshot.title === 'Total {line}' && snapshot.version === before.version + 1
      expect(old || next, JSON.stringify(snapshot)).toBe(true)
    }
    expect(seen.at(-1)).toMatchObject({ label: 'Tag v2', title: 'Total {line}' })
    await until(() => changes.length > notified)
    await sleep(200)
    expect(changes.slice(notified)).toEqual([expect.objectContaining({ collection: 'releases', id, status: 'published', configVersion: before.version + 1, release: id })])
    expect(await payload.findByID({ collection: 'releases', id, ...base })).toMatchObject({ status: 'published', configVersion: before.version + 1, history: [expect.objectContaining({ action: 'published' })] })

    // Published once: publishing again is a conflict.
    const again = await publishRelease(payload, id, null, options).catch((error: unknown) => error)
    expect(isAppError(again, 'Conflict')).toBe(true)
  })

  it('refuses a release with an invalid document with each document’s errors, and changes nothing', async () => {
    await draft('explore-tags', tagId, { label: 'Tag v3' })
    await draft('market-display-rules', ruleId, { titleTemplate: 'Total {nonsense}' })
    const id = await release('Broken', [
      { relationTo: 'explore-tags', value: tagId },
      { relationTo: 'market-display-rules', value: ruleId },
    ])
    const before = await state()
    const error = await publishRelease(payload, id, null, options).catch((e: unknown) => e)
    expect(isAppError(error, 'Unprocessable')).toBe(true)
    const documents = (error as { extensions: { documents: { collection: string; id: number; errors: { path: string }[] }[] } }).extensions.documents
    expect(documents).toEqual([{ collection: 'market-display-rules', id: ruleId, errors: [expect.objectContaining({ path: 'titleTemplate' })] }])
    expect(await state()).toEqual(before)
    expect(await payload.findByID({ collection: 'releases', id, ...base })).toMatchObject({ status: 'draft' })
    await draft('market-display-rules', ruleId, { titleTemplate: 'Total {line}' })
  })

  it('reverts a release as new versions, in one step', async () => {
    const [published] = (await payload.find({ collection: 'releases', where: { title: { equals: 'Matchday' } }, ...base })).docs
    const before = await state()
    const result = await revertRelease(payload, published!.id, null, options)
    expect(result).toEqual({ configVersion: before.version + 1, documents: 2 })
    expect(await state()).toEqual({ label: 'Tag v1', title: 'Over/Under {line}', version: before.version + 1 })
    expect(await payload.findByID({ collection: 'releases', id: published!.id, ...base })).toMatchObject({ status: 'reverted' })
    // History is kept: the tag has versions for v1, v2 and the revert.
    const versions = await payload.findVersions({ collection: 'explore-tags', where: { parent: { equals: tagId } }, limit: 100, overrideAccess: true })
    expect(versions.docs.filter((v) => v.version._status === 'published').map((v) => v.version.label)).toEqual(expect.arrayContaining(['Tag v1', 'Tag v2']))
  })

  it('restores the whole configuration to an older version, including documents created since', async () => {
    const { version: target } = await state()
    const extra = await payload.create({ collection: 'explore-tags', ...base, data: { label: 'Later', slug: 'later-tag', kind: 'market-tag', filterTagIds: [2], sort: 'volume', marketStatus: 'open', _status: 'published' } })
    await payload.update({ collection: 'explore-tags', id: tagId, data: { label: 'Renamed later', _status: 'published' }, ...base })
    const renamed = await published()
    expect(renamed.tags['later-tag']).toBeDefined()
    expect(renamed.tags['release-tag']!.label).toBe('Renamed later')

    const result = await restoreVersion(payload, target, null, options)
    expect(result).toEqual({ configVersion: renamed.configVersion + 1, documents: 2 })
    const restored = await published()
    expect(restored.tags['release-tag']!.label).toBe('Tag v1')
    expect(restored.tags['later-tag']).toBeUndefined()
    expect(Object.keys(restored.tags).sort()).toEqual(['release-tag'])
    expect(await payload.findByID({ collection: 'explore-tags', id: extra.id, draft: false, ...base })).toMatchObject({ _status: 'draft' })

    const missing = await restoreVersion(payload, 99_999, null, options).catch((e: unknown) => e)
    expect(isAppError(missing, 'NotFound')).toBe(true)
  })

  it('publishes a scheduled release at its time, through the jobs queue', async () => {
    await draft('explore-tags', tagId, { label: 'Tag scheduled' })
    const publishAt = new Date(Date.now() + 1_500)
    const id = await release('Tonight', [{ relationTo: 'explore-tags', value: tagId }], { publishAt: publishAt.toISOString() })
    expect(await payload.findByID({ collection: 'releases', id, ...base })).toMatchObject({ status: 'scheduled' })
    // The preview as of that moment already shows it; the published configuration does not.
    const asOf = await snapshots.previewSnapshot({ which: 'published', at: new Date(publishAt.getTime() + 1) })
    expect(asOf.tags['release-tag']!.label).toBe('Tag scheduled')

    await payload.jobs.run({ allQueues: true })
    expect((await state()).label, 'not before its time').toBe('Tag v1')
    await sleep(Math.max(0, publishAt.getTime() - Date.now()) + 50)
    await payload.jobs.run({ allQueues: true })
    expect((await state()).label).toBe('Tag scheduled')
    expect(await payload.findByID({ collection: 'releases', id, ...base })).toMatchObject({ status: 'published' })
  })

  it('previews the published configuration with a release applied, without publishing it', async () => {
    await draft('explore-tags', tagId, { label: 'Tag previewed' })
    const id = await release('Preview only', [{ relationTo: 'explore-tags', value: tagId }])
    const preview = await snapshots.previewSnapshot({ which: 'release', releaseId: String(id) })
    expect(preview.tags['release-tag']!.label).toBe('Tag previewed')
    expect((await state()).label).toBe('Tag scheduled')
  })
})
