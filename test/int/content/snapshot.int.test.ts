// The published snapshot: a constant number of queries whatever the content size, rebuilt only after a committed
// change reaches this replica's LISTEN connection (never from inside the transaction, never on rollback), and
// scheduled publishes show up at their time.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ContentListener, listenForContentChanges } from '../../../src/content/listen'
import { buildSnapshot } from '../../../src/content/load'
import type { ContentChange } from '../../../src/content/notify'
import { ContentSnapshots } from '../../../src/content/snapshots'
import { closePayload, testPayload } from '../../support/payload'
import { countQueries } from '../../support/queryCount'
import { sleep, until } from '../../support/wait'

const context = { skipUpstreamCheck: true }
const base = { overrideAccess: true, depth: 0, context } as const

describe('content snapshot', () => {
  let payload: Payload
  let snapshots: ContentSnapshots
  let listener: ContentListener
  const changes: (ContentChange | null)[] = []

  const createTags = async (count: number, prefix: string) => {
    const root = await payload.create({ collection: 'explore-tags', ...base, data: { label: prefix, slug: prefix, kind: 'market-tag', filterTagIds: [1], sort: 'volume', marketStatus: 'open', _status: 'published' } })
    for (let i = 1; i < count; i++) {
      await payload.create({
        collection: 'explore-tags',
        ...base,
        data: { label: `${prefix} ${i}`, slug: `${prefix}-${i}`, parent: root.id, kind: 'market-tag', filterTagIds: [1, i], filterGroups: [{ match: 'any', tagIds: [2, 3] }], pinnedEvents: ['a', 'b'], sort: 'volume', marketStatus: 'open', _status: 'published' },
      })
    }
  }

  beforeAll(async () => {
    payload = await testPayload()
    await payload.delete({ collection: 'explore-tags', where: { id: { exists: true } }, overrideAccess: true })
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

  it('costs the same number of queries with 10 and with 200 tags', async () => {
    await createTags(10, 'small')
    const small = await countQueries(payload, () => buildSnapshot(payload, { draft: false }))
    expect(Object.keys(small.result.tags)).toHaveLength(10)

    await payload.delete({ collection: 'explore-tags', where: { id: { exists: true } }, overrideAccess: true })
    await createTags(200, 'large')
    const large = await countQueries(payload, () => buildSnapshot(payload, { draft: false }))
    expect(Object.keys(large.result.tags)).toHaveLength(200)
    expect(large.result.tags['large-7']!.filters).toEqual([
      { match: 'all', tagIds: [1], groups: [] },
      { match: 'all', tagIds: [1, 7], groups: [{ match: 'any', tagIds: [2, 3] }] },
    ])

    console.log(`content snapshot: ${small.queries} queries with 10 tags, ${large.queries} with 200 tags`)
    expect(large.queries).toBe(small.queries)
    expect(small.queries).toBeLessThanOrEqual(8)
    const draft = await countQueries(payload, () => buildSnapshot(payload, { draft: true }))
    expect(draft.queries).toBeLessThanOrEqual(8)
  })

  it('is rebuilt after a publish commits, and only then', async () => {
    const before = await snapshots.publishedSnapshot()
    const tag = before.tags['large-1']!
    const versionBefore = snapshots.version

    const transactionID = (await payload.db.beginTransaction())!
    const req = { transactionID, payload, context } as never
    await payload.update({ collection: 'explore-tags', id: tag.id, data: { label: 'Renamed in a transaction' }, overrideAccess: true, depth: 0, req })
    await sleep(300)
    expect(snapshots.version, 'no notification before commit').toBe(versionBefore)
    expect((await snapshots.publishedSnapshot()).tags['large-1']!.label).toBe('large 1')

    await payload.db.commitTransaction(transactionID)
    await until(() => snapshots.version > versionBefore)
    expect((await snapshots.publishedSnapshot()).tags['large-1']!.label).toBe('Renamed in a transaction')
  })

  it('hears nothing from a rolled-back change', async () => {
    const versionBefore = snapshots.version
    const countBefore = changes.length
    const transactionID = (await payload.db.beginTransaction())!
    const req = { transactionID, payload, context } as never
    const tag = (await snapshots.publishedSnapshot()).tags['large-2']!
    await payload.update({ collection: 'explore-tags', id: tag.id, data: { label: 'Never committed' }, overrideAccess: true, depth: 0, req })
    await payload.db.rollbackTransaction(transactionID)
    await sleep(500)
    expect(changes.length).toBe(countBefore)
    expect(snapshots.version).toBe(versionBefore)
    expect((await snapshots.publishedSnapshot()).tags['large-2']!.label).toBe('large 2')
  })

  it('keeps a draft save out of the published snapshot and shows it in the draft snapshot', async () => {
    const tag = (await snapshots.publishedSnapshot()).tags['large-3']!
    const countBefore = changes.length
    await payload.update({ collection: 'explore-tags', id: tag.id, draft: true, data: { label: 'Draft label' }, ...base })
    await until(() => changes.length > countBefore)
    expect((await snapshots.publishedSnapshot()).tags['large-3']!.label).toBe('large 3')
    expect((await snapshots.draftSnapshot()).tags['large-3']!.label).toBe('Draft label')
  })

  it('publishes a scheduled draft at its time', async () => {
    const tag = (await snapshots.publishedSnapshot()).tags['large-4']!
    await payload.update({ collection: 'explore-tags', id: tag.id, draft: true, data: { label: 'Scheduled label' }, ...base })
    const publishAt = new Date(Date.now() + 1_500)
    await payload.jobs.queue({ task: 'schedulePublish', waitUntil: publishAt, input: { type: 'publish', doc: { relationTo: 'explore-tags', value: String(tag.id) } } as never })

    await payload.jobs.run({ allQueues: true })
    expect((await snapshots.publishedSnapshot()).tags['large-4']!.label, 'not before its time').toBe('large 4')

    await sleep(Math.max(0, publishAt.getTime() - Date.now()) + 50)
    await payload.jobs.run({ allQueues: true })
    await until(async () => (await snapshots.publishedSnapshot()).tags['large-4']!.label === 'Scheduled label')
  })
})
