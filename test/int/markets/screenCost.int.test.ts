// What a screen costs: database queries (none once the snapshot is warm) and upstream calls per page, the same
// whether the page has 10 rows or 100, for a feed over 9 events or over 500 (one call per upstream page of 100,
// never one per row), and for an event with few or many markets.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SwrCache } from '@/cache/swr'
import { ContentSnapshots } from '@/content/snapshots'
import { createGammaClient } from '@/markets/gamma/client'
import { BIG_FEED_TAG, writeBenchDataset } from '@replay/grow'
import { type FullReplayServer, startReplay } from '@replay/server'
import { MarketStore } from '@/markets/store'
import { buildEventPage } from '@/screens/eventPage'
import { buildFeedPage, upstreamQueriesFor } from '@/screens/feed'
import { seedDemoContent } from '@/seed/demoContent'

import { closePayload, testPayload } from '../../support/payload'
import { countQueries } from '../../support/queryCount'

describe('screen cost', () => {
  let payload: Payload
  let replay: FullReplayServer
  let snapshots: ContentSnapshots
  const client = { platform: 'ios' as const, appVersion: '4.2.0' }

  beforeAll(async () => {
    replay = await startReplay({ port: 0 })
    payload = await testPayload()
    await seedDemoContent(payload)
    snapshots = new ContentSnapshots(async () => payload)
  })

  afterAll(async () => {
    await closePayload(payload)
    await replay.stop()
  })

  const coldStore = (server: FullReplayServer = replay) => new MarketStore(createGammaClient({ baseUrl: server.url }), new SwrCache())

  /** Builds one feed page the way the route does, counting DB queries and upstream calls. */
  async function feedCost(store: MarketStore, slug: string, limit: number, server: FullReplayServer = replay) {
    server.resetCounters()
    const { result, queries } = await countQueries(payload, async () => {
      const snapshot = await snapshots.publishedSnapshot()
      const tag = snapshot.tags[slug]!
      const now = new Date()
      return buildFeedPage(snapshot, tag, await store.eventsForAll(upstreamQueriesFor(tag, now)), { limit }, client, now)
    })
    return { rows: result.events.length, queries, upstream: server.counters().total }
  }

  it('a feed page costs the same with 10 rows and with 100: no query once the snapshot is warm', async () => {
    await snapshots.publishedSnapshot()
    const small = await feedCost(coldStore(), 'sports', 10)
    const large = await feedCost(coldStore(), 'sports', 100)
    console.log(`feed page: ${small.rows} rows → ${small.queries} queries, ${small.upstream} upstream calls; ${large.rows} rows → ${large.queries} queries, ${large.upstream} upstream calls`)
    expect(small.rows).toBe(10)
    expect(large.rows).toBe(100)
    expect([small.queries, large.queries]).toEqual([0, 0])
    expect(large.upstream).toBe(small.upstream)

    const warmStore = coldStore()
    await feedCost(warmStore, 'sports', 10)
    const warm = await feedCost(warmStore, 'sports', 100)
    expect(warm).toMatchObject({ queries: 0, upstream: 0 })
  })

  it('a feed over 500 events costs one upstream call per upstream page, and no query', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'playbook-grown-'))
    const datasetPath = path.join(dir, 'dataset.json')
    const { openEvents } = await writeBenchDataset(datasetPath, 500)
    const grown = await startReplay({ port: 0, datasetPath })
    try {
      await snapshots.publishedSnapshot()
      const small = await feedCost(coldStore(grown), 'ufc', 20, grown)
      const large = await feedCost(coldStore(grown), BIG_FEED_TAG.slug, 20, grown)
      console.log(`feed over ${openEvents} events: ${large.upstream} upstream calls, ${large.queries} queries; small feed: ${small.upstream} calls`)
      expect(openEvents).toBeGreaterThanOrEqual(500)
      expect([small.queries, large.queries]).toEqual([0, 0])
      // Keyset pages of 100 (the upstream cap) plus the batched team lookup: the same small number whatever the rows.
      expect(large.upstream).toBeLessThanOrEqual(Math.ceil(openEvents / 100) + 2)
      expect(large.upstream - small.upstream).toBeLessThanOrEqual(Math.ceil(openEvents / 100))
    } finally {
      await grown.stop()
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('an event page costs one upstream call whatever its number of markets', async () => {
    const store = coldStore()
    const snapshot = await snapshots.publishedSnapshot()
    const events = await store.events({ closed: false, tagIds: [snapshot.sports.nba!.upstreamTagId] })
    const bySize = [...events].sort((a, b) => a.markets.length - b.markets.length)
    const costs = []
    for (const event of [bySize[0]!, bySize.at(-1)!]) {
      replay.resetCounters()
      const { queries, result } = await countQueries(payload, async () => buildEventPage(await store.eventBySlug(event.slug), snapshot, client, new Date()))
      costs.push({ markets: event.markets.length, sections: result.sections.length, queries, upstream: replay.counters().total })
    }
    console.log(`event page: ${JSON.stringify(costs)}`)
    expect(costs[1]!.markets).toBeGreaterThan(costs[0]!.markets)
    expect(costs.map((cost) => [cost.queries, cost.upstream])).toEqual([
      [0, 1],
      [0, 1],
    ])
  })
})
