// What a screen costs: database queries (none once the snapshot is warm) and upstream calls per page, the same
// whether the page has 10 rows or 100, for a feed over 9 events or over 5,000 (the upstream reads what the page
// needs, in the feed's order), and for an event with few or many markets. A feed read page by page shows exactly
// what the whole tag read and sorted here shows.
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
import { createScreenLoader } from '@/loaders/screens'
import type { CompiledTag } from '@/content/types'
import { orderFeedEvents, upstreamQueriesFor } from '@/screens/feed'
import type { FeedPage } from '@/screens/schemas'
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
  const cursorKey = () => Buffer.alloc(32, 7)
  const loaderOf = (store: MarketStore) => createScreenLoader({ markets: store, profiles: async () => [], cursorKey })

  /** Builds one feed page the way the route does (through the screen loader), counting DB queries and upstream calls. */
  async function feedCost(store: MarketStore, slug: string, limit: number, server: FullReplayServer = replay, cursor: string | null = null) {
    server.resetCounters()
    const { result, queries } = await countQueries(payload, async () => {
      const snapshot = await snapshots.publishedSnapshot()
      return (await loaderOf(store).feed(snapshot, slug, { limit, cursor }, client)).view
    })
    return { page: result, rows: result.events.length, queries, upstream: server.counters().total }
  }

  it('a feed page costs an upstream call per upstream page of 100 at most, never one per row: no query once the snapshot is warm', async () => {
    await snapshots.publishedSnapshot()
    const small = await feedCost(coldStore(), 'sports', 10)
    const large = await feedCost(coldStore(), 'sports', 100)
    console.log(`feed page: ${small.rows} rows → ${small.queries} queries, ${small.upstream} upstream calls; ${large.rows} rows → ${large.queries} queries, ${large.upstream} upstream calls`)
    expect(small.rows).toBe(10)
    expect(large.rows).toBe(100)
    expect([small.queries, large.queries]).toEqual([0, 0])
    // Upstream pages are twice the app page, capped at the upstream's 100: 10 rows in one call, 100 rows in two.
    expect(small.upstream).toBe(1)
    expect(large.upstream).toBe(2)

    const warmStore = coldStore()
    await feedCost(warmStore, 'sports', 100)
    const warm = await feedCost(warmStore, 'sports', 100)
    expect(warm).toMatchObject({ queries: 0, upstream: 0 })
  })

  describe('over 5,000 events', () => {
    let grown: FullReplayServer
    let dir: string
    let openEvents: number

    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'playbook-grown-'))
      const datasetPath = path.join(dir, 'dataset.json')
      ;({ openEvents } = await writeBenchDataset(datasetPath, 5_000))
      grown = await startReplay({ port: 0, datasetPath })
    })

    afterAll(async () => {
      await grown?.stop()
      await rm(dir, { recursive: true, force: true })
    })

    /** The naive read: every event of the tag's queries (and pins), ordered in memory. */
    async function naiveOrder(tag: CompiledTag): Promise<string[]> {
      const store = coldStore(grown)
      const events = await store.eventsForAll([...upstreamQueriesFor(tag, new Date()), ...(tag.pinned.length ? [{ closed: false, slugs: tag.pinned }, { closed: true, slugs: tag.pinned }] : [])])
      return orderFeedEvents(tag, events, new Date()).map((event) => event.slug)
    }

    /** Every page from the first, with each page's upstream cost on a store of its own (cold) and on a shared one (warm walk). */
    async function walk(tag: CompiledTag, limit: number, pages = Infinity) {
      const store = coldStore(grown)
      const screens = loaderOf(store)
      const snapshot = { ...(await snapshots.publishedSnapshot()) }
      snapshot.tags = { ...snapshot.tags, [tag.slug]: tag }
      const slugs: string[] = []
      const cursors: Array<string | null> = [null]
      grown.resetCounters()
      for (let index = 0; index < pages; index++) {
        const page: FeedPage = (await screens.feed(snapshot, tag.slug, { limit, cursor: cursors[index] ?? null }, client)).view
        slugs.push(...page.events.map((event) => event.slug))
        if (!page.nextCursor) break
        cursors.push(page.nextCursor)
      }
      return { slugs, cursors, upstream: grown.counters().total, snapshot }
    }

    it('a cold first page costs at most 3 upstream calls, and so does page 10 opened cold from its cursor', async () => {
      const snapshot = await snapshots.publishedSnapshot()
      const tag = snapshot.tags[BIG_FEED_TAG.slug]!
      const naive = await naiveOrder(tag)
      expect(naive.length).toBeGreaterThanOrEqual(5_000)
      expect(openEvents).toBeGreaterThanOrEqual(5_000)

      const first = await feedCost(coldStore(grown), tag.slug, 20, grown)
      expect(first.upstream).toBeLessThanOrEqual(3)
      expect(first.queries).toBe(0)
      expect(first.page.events.map((event) => event.slug)).toEqual(naive.slice(0, 20))

      const { cursors, upstream: walked } = await walk(tag, 20, 10)
      const tenth = await feedCost(coldStore(grown), tag.slug, 20, grown, cursors[9]!)
      console.log(`feed over ${naive.length} events: first page ${first.upstream} upstream calls, page 10 cold ${tenth.upstream}, pages 1–10 walked ${walked}`)
      expect(tenth.upstream).toBeLessThanOrEqual(3)
      expect(tenth.page.events.map((event) => event.slug)).toEqual(naive.slice(180, 200))
      // Upstream pages are twice the app page: ten pages are about five upstream calls, not one per page.
      expect(walked).toBeLessThanOrEqual(6)
    })

    it('the pages, walked to the end, are the naive order exactly: open and settled merged, pins first', async () => {
      const snapshot = await snapshots.publishedSnapshot()
      const base = snapshot.tags['nba']!
      const naiveOpen = await naiveOrder(base)
      const pinned = [naiveOpen.at(-1)!, naiveOpen[3]!]
      const tag: CompiledTag = { ...base, slug: 'nba-all', marketStatus: 'all', sort: 'volume', pinned, hidden: [naiveOpen[5]!] }
      const naive = await naiveOrder(tag)
      expect(naive.slice(0, 2)).toEqual(pinned)
      const { slugs } = await walk(tag, 7)
      expect(slugs).toEqual(naive)
    })

    it('refuses a cursor it did not sign, or one from another tag or from before the pins changed, with 400 and no upstream call', async () => {
      const snapshot = await snapshots.publishedSnapshot()
      const { cursors } = await walk(snapshot.tags[BIG_FEED_TAG.slug]!, 20, 2)
      const cursor = cursors[1]!
      const [payloadPart] = cursor.split('.')
      const forged = `${Buffer.from(JSON.stringify({ v: 'x', p: 0, r: [['evil', 0, 40]] })).toString('base64url')}.${cursor.split('.')[1]}`
      for (const [slug, presented] of [[BIG_FEED_TAG.slug, forged], [BIG_FEED_TAG.slug, `${payloadPart}.AAAAAAAAAAAAAAAAAAAAAA`], ['nba', cursor]] as const) {
        const refused = await feedCost(coldStore(grown), slug, 20, grown, presented).catch((error: unknown) => error)
        expect(refused).toMatchObject({ status: 400, code: 'feed.invalid_cursor' })
      }
      expect(grown.counters().total).toBe(0)
      // The same tag after an editor pinned an event: the pins shown so far no longer mean the same.
      const tag = snapshot.tags[BIG_FEED_TAG.slug]!
      const repinned = { ...snapshot, tags: { ...snapshot.tags, [tag.slug]: { ...tag, pinned: ['some-event'] } } }
      await expect(loaderOf(coldStore(grown)).feed(repinned, tag.slug, { limit: 20, cursor }, client)).rejects.toMatchObject({ status: 400, code: 'feed.invalid_cursor' })
    })
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

  it('a search reads the tournament’s matches only when the query names one of its teams, and then injects them', async () => {
    const snapshot = await snapshots.publishedSnapshot()
    const store = coldStore()
    const search = async (q: string) => {
      replay.resetCounters()
      const { view } = await loaderOf(store).search(snapshot, q, client)
      return { view, calls: replay.counters().calls }
    }
    const unrelated = await search('zzqx')
    expect(unrelated.calls).toEqual({ '/public-search': 1 })
    const team = await search('argentina')
    expect(Object.keys(team.calls).filter((path) => path !== '/public-search').length).toBeGreaterThan(0)
    expect(team.view.events.some((event) => event.teams.some((side) => /argentina/i.test(side.name)))).toBe(true)
  })
})
