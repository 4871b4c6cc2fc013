// Every client read against the replay upstream: normalised shapes, the tag list walked at its cap, the
// multi-tag offset fallback agreeing with keyset, and the pagination guards.
import Decimal from 'decimal.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AppError } from '@/errors'
import { createGammaClient, type GammaClientOptions } from '@/markets/gamma/client'
import { walkKeyset, walkOffset } from '@/markets/gamma/paginate'
import type { GammaEvent } from '@/markets/gamma/types'
import { REPLAY_TAGS } from '@replay/data/catalog'
import { startReplay } from '@replay/server'
import type { ReplayServer } from '@replay/types'

const SMALL_CAPS = { tags: 10 }

let server: ReplayServer
let small: ReplayServer

beforeAll(async () => {
  ;[server, small] = await Promise.all([startReplay({ port: 0, shiftDates: false }), startReplay({ port: 0, shiftDates: false, caps: SMALL_CAPS })])
})

afterAll(async () => {
  await Promise.all([server.stop(), small.stop()])
})

const clientFor = (upstream: ReplayServer, options: Partial<GammaClientOptions> = {}) =>
  createGammaClient({ baseUrl: upstream.url, random: () => 0, backoffBaseMs: 1, ...options })

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`)
  return error
}

const sortedIds = (items: GammaEvent[]) => items.map((item) => item.id).sort()

describe('single reads', () => {
  it('gets a game event by slug, normalised', async () => {
    const event = await clientFor(server).getEventBySlug('nba-bos-mia-2026-06-20')
    expect(event).toMatchObject({ id: '40008', title: 'Celtics vs. Heat', closed: false })
    expect(event.tagIds).toContain(REPLAY_TAGS.nba.id)
    expect(event.teams.length).toBe(2)
    expect(event.teams.map((team) => team.ordering).sort()).toEqual(['away', 'home'])
    const spread = event.markets.find((market) => market.id === '600111')!
    expect(spread).toMatchObject({ eventId: '40008', sportsMarketType: 'spreads', gameStartTime: '2026-06-20T23:00:00.000Z' })
    expect(spread.line!.equals(new Decimal('-2.5'))).toBe(true)
    expect(spread.outcomePrices.map((price) => price.toFixed())).toEqual(['0.465', '0.535'])
  })

  it("keeps an embedded market's long-precision prices exact", async () => {
    const event = await clientFor(server).getEventBySlug('bitcoin-above-on-june-20')
    const market = event.markets.find((candidate) => candidate.id === '602334')!
    expect(market.outcomePrices.map((price) => price.toFixed())).toEqual([
      '0.9998183922677110724643807375607970327582',
      '0.0001816077322889275356192624392029672418',
    ])
    expect(market.eventId).toBe(event.id)
  })

  it('searches events and tags', async () => {
    const result = await clientFor(server).search('celtics', { limitPerType: 5 })
    expect(result.events.some((event) => event.id === '40008')).toBe(true)
    expect(result.events.every((event) => !event.closed)).toBe(true)
    const tags = await clientFor(server).search('nba')
    expect(tags.tags.some((tag) => tag.id === REPLAY_TAGS.nba.id && (tag.eventCount ?? 0) > 0)).toBe(true)
  })
})

describe('the tag list at its cap', () => {
  it('lists every tag whatever the page cap', async () => {
    const tags = await clientFor(server).listTags()
    const smallClient = clientFor(small, { caps: SMALL_CAPS })
    small.resetCounters()
    const smallTags = await smallClient.listTags()
    expect(tags.length).toBeGreaterThan(SMALL_CAPS.tags)
    expect(smallTags).toEqual(tags)
    expect(small.counters().calls['/tags']).toBe(Math.floor(tags.length / SMALL_CAPS.tags) + 1)
  })
})

describe('offset fallback agrees with keyset', () => {
  const fallbackClient = () => {
    server.setFaults([{ path: '/events/keyset', status: 503 }])
    return clientFor(server)
  }

  it.each([
    ['any of two leagues', { tagIds: [REPLAY_TAGS.nfl.id, REPLAY_TAGS.nba.id], tagMatch: 'any' as const }],
    ['all of sports and a league', { tagIds: [REPLAY_TAGS.sports.id, REPLAY_TAGS.nba.id], tagMatch: 'all' as const }],
    ['one tag with another excluded', { tagIds: [REPLAY_TAGS.sports.id], excludeTagIds: [REPLAY_TAGS.nba.id] }],
  ])('events: %s', async (_, filter) => {
    for (const closed of [false, true]) {
      server.setFaults([])
      const viaKeyset = await clientFor(server).listEvents({ ...filter, closed })
      const viaOffset = await fallbackClient().listEvents({ ...filter, closed })
      server.setFaults([])
      expect(sortedIds(viaOffset)).toEqual(sortedIds(viaKeyset))
      expect(viaOffset.every((event) => event.closed === closed)).toBe(true)
    }
  })
})

describe('pagination guards', () => {
  it('stops a keyset walk that hands back a cursor it already gave', async () => {
    const error = await caught(walkKeyset(async (cursor) => ({ items: [cursor], nextCursor: cursor === 'b' ? 'a' : cursor === 'a' ? 'b' : 'a' }), { maxPages: 50, path: '/events/keyset' }))
    expect(error).toMatchObject({ kind: 'UpstreamUnavailable', code: 'upstream.cursor_loop' })
  })

  it('fails with a typed error past the page bound', async () => {
    let page = 0
    const keyset = await caught(walkKeyset(async () => ({ items: [1], nextCursor: String(++page) }), { maxPages: 5, path: '/events/keyset' }))
    expect(keyset).toMatchObject({ code: 'upstream.too_many_pages', context: { maxPages: 5 } })
    const offset = await caught(walkOffset(async (_offset, limit) => Array.from({ length: limit }, () => 1), { cap: 10, maxPages: 3, path: '/events' }))
    expect(offset).toMatchObject({ code: 'upstream.too_many_pages', context: { maxPages: 3, path: '/events' } })
  })

  it('asks for the cap on every offset page and ends only on a short page', async () => {
    const requested: Array<[number, number]> = []
    const items = await walkOffset(
      async (offset, limit) => {
        requested.push([offset, limit])
        return Array.from({ length: Math.max(0, Math.min(limit, 120 - offset)) }, (_, i) => offset + i)
      },
      { cap: 50, maxPages: 10, path: '/tags' },
    )
    expect(items).toHaveLength(120)
    expect(requested).toEqual([
      [0, 50],
      [50, 50],
      [100, 50],
    ])
  })
})
