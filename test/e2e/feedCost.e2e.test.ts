// A feed over a 5,000-event tag costs what its page needs, at the upstream itself: a cold first page of 20 at most
// 3 upstream calls, and every later page (page 10 included) at most 3 more; the pages are the naive full read's order.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createGammaClient } from '@/markets/gamma/client'
import { compareFor } from '@/screens/feed'
import { BIG_FEED_TAG, writeBenchDataset } from '@replay/grow'
import { startReplay } from '@replay/server'
import type { FullReplayServer } from '@replay/types'

import { apiClient, ok } from '../support/apiClient'
import { type RunningApp, startApp } from '../support/app'

describe('feed cost over a 5,000-event tag', () => {
  let dir: string
  let replay: FullReplayServer
  let app: RunningApp

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'playbook-feed-cost-'))
    const datasetPath = path.join(dir, 'dataset.json')
    await writeBenchDataset(datasetPath, 5_000)
    replay = await startReplay({ port: 0, datasetPath })
    app = await startApp({ ...inject('appEnv'), GAMMA_URL: replay.url, REDIS_KEY_PREFIX: `pb:feedcost:${Date.now()}:` })
  })

  afterAll(async () => {
    await app?.stop()
    await replay?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('reads a page, not the catalogue, in the naive order', async () => {
    // The naive read: the whole tag, sorted in memory (the `sports` tag: upstream tag 1, open, by volume).
    const all = await createGammaClient({ baseUrl: replay.url }).listEvents({ closed: false, tagIds: [BIG_FEED_TAG.upstreamTagId] })
    const naive = [...all].sort(compareFor('volume')).map((event) => event.slug)
    expect(naive.length).toBeGreaterThanOrEqual(5_000)

    const api = apiClient(app.url)
    const costs: number[] = []
    const slugs: string[][] = []
    let cursor: string | undefined
    for (let page = 1; page <= 10; page++) {
      replay.resetCounters()
      const body = await ok(api.GET('/explore/{tag}/events', { params: { path: { tag: BIG_FEED_TAG.slug }, query: { limit: 20, ...(cursor ? { cursor } : {}) } } }))
      costs.push(replay.counters().total)
      slugs.push(body.events.map((event) => event.slug))
      expect(body.nextCursor).not.toBeNull()
      cursor = body.nextCursor!
    }
    console.log(`5,000-event tag, upstream calls per page 1–10: ${costs.join(', ')} (naive full read: ${Math.ceil(naive.length / 100)} pages of 100)`)
    expect(costs[0]).toBeLessThanOrEqual(3)
    expect(Math.max(...costs)).toBeLessThanOrEqual(3)
    expect(slugs[0]).toEqual(naive.slice(0, 20))
    expect(slugs[9]).toEqual(naive.slice(180, 200))
    expect(slugs.flat()).toEqual(naive.slice(0, 200))
  })
})
