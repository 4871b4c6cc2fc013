// The replay upstream over HTTP: Gamma's semantics (caps, closed both ways, keyset, tags, search), fault
// injection, counters, mutations and the control API, on the bundled data set with its fixed dates.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REPLAY_REFERENCE_TIME, REPLAY_TAGS, WORLD_CUP_2026, WORLD_CUP_GROUP_LETTERS } from '@replay/data/catalog'
import { BUNDLED_DATASET_PATH } from '@replay/dataset'
import { generateDataset, serializeDataset } from '@replay/generate'
import { startReplay } from '@replay/server'
import type { FullReplayServer, ReplayOptions } from '@replay/types'
import type { WireEvent, WireMarket, WireRelatedTag, WireTag, WireTeam } from '@replay/wire'

const FIXTURE = REPLAY_TAGS.replayFixture137.id
const REFERENCE = Date.parse(REPLAY_REFERENCE_TIME)

let replay: FullReplayServer

async function start(options: ReplayOptions = {}): Promise<FullReplayServer> {
  return startReplay({ shiftDates: false, ...options })
}

beforeAll(async () => {
  replay = await start()
})

afterAll(async () => {
  await replay.stop()
})

interface Answer<T> {
  status: number
  headers: Headers
  body: T
}

async function get<T = unknown>(path: string, server: FullReplayServer = replay, init: RequestInit = {}): Promise<Answer<T>> {
  const response = await fetch(`${server.url}${path}`, init)
  const text = await response.text()
  const type = response.headers.get('content-type') ?? ''
  return { status: response.status, headers: response.headers, body: (type.includes('json') ? JSON.parse(text) : text) as T }
}

/** Every event a paged offset list returns, page after page, until a short page. */
async function allPages(path: string, pageSize: number, server: FullReplayServer = replay): Promise<WireEvent[]> {
  const events: WireEvent[] = []
  for (let offset = 0; ; offset += pageSize) {
    const { body } = await get<WireEvent[]>(`${path}&limit=${pageSize}&offset=${offset}`, server)
    events.push(...body)
    if (body.length < pageSize) return events
  }
}

async function walkKeyset(path: string, server: FullReplayServer = replay) {
  const pages: WireEvent[][] = []
  const cursors: Array<string | undefined> = []
  let cursor: string | undefined
  do {
    const separator = path.includes('?') ? '&' : '?'
    const { status, body } = await get<{ events: WireEvent[]; next_cursor?: string }>(
      `${path}${cursor ? `${separator}after_cursor=${encodeURIComponent(cursor)}` : ''}`,
      server,
    )
    expect(status).toBe(200)
    pages.push(body.events)
    cursor = body.next_cursor
    cursors.push(cursor)
  } while (cursor !== undefined && pages.length < 50)
  return { pages, cursors, events: pages.flat() }
}

function findNull(value: unknown, path = '$'): string | undefined {
  if (value === null) return path
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNull(item, `${path}[${index}]`)
      if (found) return found
    }
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const found = findNull(item, `${path}.${key}`)
      if (found) return found
    }
  }
  return undefined
}

const parseList = (encoded: string) => JSON.parse(encoded) as string[]

describe('the 137-event fixture and closed', () => {
  it('returns open and settled events together when closed is omitted, and disjoint sets per value', async () => {
    const open = await allPages(`/events?tag_id=${FIXTURE}&closed=false`, 100)
    const settled = await allPages(`/events?tag_id=${FIXTURE}&closed=true`, 100)
    const both = await allPages(`/events?tag_id=${FIXTURE}`, 100)
    expect(open.every((event) => !event.closed)).toBe(true)
    expect(settled.every((event) => event.closed)).toBe(true)
    expect(open.length).toBeGreaterThan(0)
    expect(settled.length).toBeGreaterThan(0)
    expect(open.length + settled.length).toBe(137)
    expect(both).toHaveLength(137)
    expect(new Set(both.map((event) => event.id)).size).toBe(137)
    expect(new Set([...open, ...settled].map((event) => event.id))).toEqual(new Set(both.map((event) => event.id)))
  })

  it('spreads settled events over every page at a cap of 50 (3 pages) and of 100 (2 pages)', async () => {
    const small = await start({ caps: { events: 50 } })
    try {
      const pages: WireEvent[][] = []
      for (let offset = 0; offset < 137; offset += 50) {
        pages.push((await get<WireEvent[]>(`/events?tag_id=${FIXTURE}&limit=100&offset=${offset}`, small)).body)
      }
      expect(pages.map((page) => page.length)).toEqual([50, 50, 37])
      for (const page of pages) expect(page.some((event) => event.closed)).toBe(true)
    } finally {
      await small.stop()
    }
    const first = (await get<WireEvent[]>(`/events?tag_id=${FIXTURE}&limit=100`)).body
    const second = (await get<WireEvent[]>(`/events?tag_id=${FIXTURE}&limit=100&offset=100`)).body
    expect([first.length, second.length]).toEqual([100, 37])
    expect(second.some((event) => event.closed)).toBe(true)
  })
})

describe('page caps and offsets', () => {
  it('silently clamps limit to the cap on every list', async () => {
    const events = await get<WireEvent[]>('/events?limit=500')
    expect(events.status).toBe(200)
    expect(events.body).toHaveLength(100)
    expect((await get<unknown[]>('/markets?limit=500')).body).toHaveLength(100)
    expect((await get<unknown[]>('/teams?limit=500')).body).toHaveLength(100)
    expect((await get<{ events: unknown[] }>('/events/keyset?limit=500')).body.events).toHaveLength(100)
    const series = await get<unknown[]>('/series?limit=500&exclude_events=true')
    expect(series.body.length).toBeLessThanOrEqual(50)
  })

  it('honours configured caps', async () => {
    const small = await start({ caps: { events: 7, keyset: 5 } })
    try {
      expect((await get<unknown[]>('/events?limit=50', small)).body).toHaveLength(7)
      expect((await get<{ events: unknown[] }>('/events/keyset?limit=50', small)).body.events).toHaveLength(5)
    } finally {
      await small.stop()
    }
  })

  it('rejects offsets above 2000 with 422 and pages without gaps or duplicates', async () => {
    const deep = await get<{ type: string }>('/events?offset=2001')
    expect(deep.status).toBe(422)
    expect(deep.body.type).toBe('validation error')
    const all = await allPages('/events?order=volume24hr&ascending=false', 100)
    expect(new Set(all.map((event) => event.id)).size).toBe(all.length)
    const volumes = all.map((event) => event.volume24hr ?? -1).filter((volume) => volume >= 0)
    expect(volumes).toEqual([...volumes].sort((a, b) => b - a))
  })
})

describe('keyset pagination', () => {
  it('walks every event exactly once and omits next_cursor on the last page', async () => {
    const walk = await walkKeyset(`/events/keyset?tag_id=${FIXTURE}&limit=50`)
    expect(walk.pages.map((page) => page.length)).toEqual([50, 50, 37])
    expect(walk.cursors.slice(0, 2).every((cursor) => typeof cursor === 'string')).toBe(true)
    expect(walk.cursors[2]).toBeUndefined()
    expect(walk.events).toHaveLength(137)
    expect(new Set(walk.events.map((event) => event.id)).size).toBe(137)
  })

  it('follows a full last page with one empty page, and keeps order across pages', async () => {
    const settled = (await walkKeyset(`/events/keyset?tag_id=${FIXTURE}&closed=true&limit=100`)).events.length
    expect(settled % 2).toBe(0)
    const walk = await walkKeyset(`/events/keyset?tag_id=${FIXTURE}&closed=true&limit=${settled / 2}`)
    expect(walk.pages.map((page) => page.length)).toEqual([settled / 2, settled / 2, 0])
    expect(walk.cursors).toEqual([expect.any(String), expect.any(String), undefined])
    const ordered = await walkKeyset(`/events/keyset?tag_id=${FIXTURE}&limit=40&order=endDate&ascending=false`)
    const ends = ordered.events.map((event) => Date.parse(event.endDate!))
    expect(ends).toEqual([...ends].sort((a, b) => b - a))
    expect(new Set(ordered.events.map((event) => event.id)).size).toBe(137)
  })

  it('answers offset with the documented 422 body, and rejects bad cursors and order fields', async () => {
    const answer = await get('/events/keyset?offset=0')
    expect(answer.status).toBe(422)
    expect(answer.body).toEqual({ type: 'validation error', error: 'offset is not allowed on keyset endpoints' })
    expect((await get('/markets/keyset?offset=10')).status).toBe(422)
    expect((await get('/events/keyset?after_cursor=not-a-cursor')).status).toBe(422)
    expect((await get('/events/keyset?order=nonsense')).status).toBe(422)
    const first = await get<{ next_cursor: string }>('/events/keyset?limit=5&order=volume')
    expect((await get(`/events/keyset?limit=5&order=endDate&after_cursor=${first.body.next_cursor}`)).status).toBe(422)
  })

  it('pages markets the same way, forcing active and unarchived markets', async () => {
    const types = 'sports_market_types=ufc_round&sports_market_types=ufc_go_the_distance'
    const first = await get<{ markets: WireMarket[]; next_cursor?: string }>(`/markets/keyset?${types}&limit=10`)
    expect(first.body.markets).toHaveLength(10)
    expect(first.body.markets.every((market) => ['ufc_round', 'ufc_go_the_distance'].includes(market.sportsMarketType!))).toBe(true)
    expect(first.body.markets[0]!.events?.[0]?.slug).toMatch(/^ufc-/)
    const inactive = (await get<WireEvent>('/events/slug/bitcoin-above-on-june-21')).body.markets.find((market) => !market.active)!
    expect(inactive).toBeDefined()
    expect((await get<WireMarket>(`/markets/${inactive.id}`)).status).toBe(200)
    expect((await get<WireMarket[]>(`/markets?id=${inactive.id}`)).body).toEqual([])
    expect((await get<WireMarket[]>(`/markets?id=${inactive.id}&active=false`)).body).toEqual([])
    const archived = (await get<WireEvent[]>('/events?archived=true')).body
    expect(archived.length).toBeGreaterThan(0)
    const archivedMarket = archived[0]!.markets[0]!
    expect((await get<WireMarket[]>(`/markets?slug=${archivedMarket.slug}&archived=true`)).body).toEqual([])
  })
})

describe('wire shapes', () => {
  it('answers 404 with the upstream body', async () => {
    for (const path of ['/events/1', '/events/slug/nope', '/markets/1', '/tags/424242', '/teams/1', '/series/1']) {
      const answer = await get(path)
      expect(answer.status).toBe(404)
      expect(answer.body).toEqual({ type: 'not found error', error: 'id not found' })
    }
    expect((await get('/no/such/route')).status).toBe(404)
    const status = await get('/status')
    expect(status.body).toBe('OK')
    expect(status.headers.get('content-type')).toMatch(/^text\/plain/)
  })

  it('keeps string-encoded arrays and the upstream type asymmetries', async () => {
    const event = (await get<WireEvent>('/events/slug/fifwc-arg-aut-2026-06-21')).body
    expect(event).toMatchObject({ $schema: 'https://gamma-api.polymarket.com/schemas/Event.json' })
    expect(typeof event.id).toBe('string')
    expect(typeof event.volume).toBe('number')
    expect(typeof event.gameId).toBe('number')
    expect(event.teams!.map((team) => typeof team.id)).toEqual(['number', 'number'])
    for (const market of event.markets) {
      expect(typeof market.outcomes).toBe('string')
      expect(typeof market.outcomePrices).toBe('string')
      expect(typeof market.clobTokenIds).toBe('string')
      expect(parseList(market.outcomes)).toHaveLength(2)
      const prices = parseList(market.outcomePrices)
      expect(prices.every((price) => typeof price === 'string')).toBe(true)
      expect(prices.reduce((sum, price) => sum + Number(price), 0)).toBeCloseTo(1, 9)
      if (market.volume !== undefined) expect(typeof market.volume).toBe('string')
      expect(typeof market.volumeNum).toBe('number')
      expect(typeof market.gameId).toBe('string')
      expect(typeof market.teamAID).toBe('string')
      expect(market.gameStartTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\+00$/)
      expect(market.endDateIso).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    const moneyline = event.markets.filter((market) => market.sportsMarketType === 'moneyline')
    expect(moneyline.map((market) => market.groupItemTitle)).toEqual(['Argentina', 'Draw (Argentina vs. Austria)', 'Austria'])
    const related = (await get<WireRelatedTag[]>('/tags/1/related-tags')).body
    expect(typeof related[0]!.id).toBe('string')
    expect(typeof related[0]!.tagID).toBe('number')
    const sport = (await get<Array<{ tags: string; series: string; id: number }>>('/sports')).body.find((candidate) => candidate.id === 10)!
    expect(sport).toMatchObject({ tags: '1,450,100639', series: '10187' })
  })

  it('omits absent fields instead of sending null', async () => {
    const bodies = await Promise.all(
      ['/events?limit=100', '/events?limit=100&offset=300', '/markets?limit=100&offset=900', '/tags?limit=100', '/teams?limit=100', '/series', '/public-search?q=bitcoin'].map(
        async (path) => (await get(path)).body,
      ),
    )
    for (const body of bodies) expect(findNull(body)).toBeUndefined()
    const markets = (await allPages('/events?closed=false', 100)).flatMap((event) => event.markets)
    expect(markets.some((market) => !('bestBid' in market))).toBe(true)
    expect(markets.some((market) => 'bestBid' in market)).toBe(true)
    expect(markets.some((market) => parseList(market.outcomePrices).some((price) => price.length > 30))).toBe(true)
  })
})

describe('tags', () => {
  it('matches any or all of several tag ids on keyset', async () => {
    const soccer = REPLAY_TAGS.soccer.id
    const worldCup = REPLAY_TAGS.worldCup2026.id
    const any = (await walkKeyset(`/events/keyset?tag_id=${soccer}&tag_id=${REPLAY_TAGS.epl.id}&limit=100`)).events
    const all = (await walkKeyset(`/events/keyset?tag_id=${soccer}&tag_id=${worldCup}&tag_match=all&limit=100`)).events
    const eitherArray = (await walkKeyset(`/events/keyset?tag_id[]=${worldCup}&tag_id[]=${REPLAY_TAGS.epl.id}&limit=100`)).events
    expect(all).toHaveLength(72)
    expect(any.length).toBeGreaterThan(72)
    expect(eitherArray).toHaveLength(any.length)
    const mismatched = (await walkKeyset(`/events/keyset?tag_id=${worldCup}&tag_id=${REPLAY_TAGS.epl.id}&tag_match=all&limit=100`)).events
    expect(mismatched).toHaveLength(0)
    // Offset lists take one tag id: a repeated key is not "any of".
    const offset = await allPages(`/events?tag_id=${worldCup}&tag_id=${REPLAY_TAGS.epl.id}`, 100)
    expect(offset).toHaveLength(72)
  })

  it('widens with related_tags, excludes with exclude_tag_id, and rejects an overlap on keyset', async () => {
    const crypto = await allPages(`/events?tag_id=${REPLAY_TAGS.crypto.id}`, 100)
    const widened = await allPages(`/events?tag_id=${REPLAY_TAGS.crypto.id}&related_tags=true`, 100)
    expect(widened.length).toBeGreaterThan(crypto.length)
    const noBitcoin = await allPages(`/events?tag_id=${REPLAY_TAGS.crypto.id}&exclude_tag_id=${REPLAY_TAGS.bitcoin.id}`, 100)
    expect(noBitcoin.length).toBeLessThan(crypto.length)
    expect(noBitcoin.every((event) => !event.tags.some((tag) => tag.id === String(REPLAY_TAGS.bitcoin.id)))).toBe(true)
    const overlap = await get(`/events/keyset?tag_id=${REPLAY_TAGS.crypto.id}&exclude_tag_id=${REPLAY_TAGS.crypto.id}`)
    expect(overlap.status).toBe(422)
    const bySlug = await allPages(`/events?tag_slug=${REPLAY_TAGS.worldCup2026.slug}`, 100)
    expect(bySlug).toHaveLength(72)
  })

  it('orders related tags by rank, as rows and as tags', async () => {
    const rows = (await get<WireRelatedTag[]>(`/tags/${REPLAY_TAGS.sports.id}/related-tags`)).body
    expect(rows.map((row) => row.rank)).toEqual(rows.map((_, index) => index + 1))
    expect(rows[0]!.relatedTagID).toBe(REPLAY_TAGS.worldCup2026.id)
    const tags = (await get<WireTag[]>(`/tags/slug/sports/related-tags/tags`)).body
    expect(tags.map((tag) => Number(tag.id))).toEqual(rows.map((row) => row.relatedTagID))
    const bySlug = (await get<WireRelatedTag[]>('/tags/slug/sports/related-tags')).body
    expect(bySlug).toEqual(rows)
    const active = (await get<WireRelatedTag[]>('/tags/1/related-tags?status=active&omit_empty=true')).body
    expect(active.length).toBeGreaterThan(0)
    expect((await get('/tags/1/related-tags?status=sideways')).status).toBe(422)
  })
})

describe('public search', () => {
  it('requires q', async () => {
    const answer = await get('/public-search')
    expect(answer.status).toBe(422)
    expect(answer.body).toEqual({ type: 'validation error', error: 'q is required' })
  })

  it('pages events by page and limit_per_type, with tags and their event counts', async () => {
    type Search = { events: WireEvent[]; tags: Array<{ id: string; slug: string; event_count: number }>; profiles: unknown[]; pagination: { hasMore: boolean; totalResults: number } }
    const first = (await get<Search>('/public-search?q=bitcoin&limit_per_type=5')).body
    expect(first.events).toHaveLength(5)
    expect(first.pagination.hasMore).toBe(true)
    expect(first.profiles).toEqual([])
    expect(first.tags[0]).toMatchObject({ slug: 'bitcoin' })
    expect(first.tags[0]!.event_count).toBeGreaterThan(0)
    const last = Math.ceil(first.pagination.totalResults / 5)
    const lastPage = (await get<Search>(`/public-search?q=bitcoin&limit_per_type=5&page=${last}`)).body
    expect(lastPage.pagination.hasMore).toBe(false)
    const open = (await get<Search>('/public-search?q=argentina&events_status=active')).body
    expect(open.events.length).toBeGreaterThan(0)
    expect(open.events.every((event) => !event.closed)).toBe(true)
  })

  it('orders by sort (volume, descending, by default), absent values last, then by id', async () => {
    type Search = { events: WireEvent[] }
    const byVolume = (await get<Search>('/public-search?q=bitcoin&limit_per_type=100')).body.events
    expect(byVolume.length).toBeGreaterThan(5)
    const volumes = byVolume.map((event) => event.volume ?? Number.NEGATIVE_INFINITY)
    expect(volumes).toEqual([...volumes].sort((a, b) => b - a))
    const byStart = (await get<Search>('/public-search?q=bitcoin&limit_per_type=100&sort=start_date&ascending=true')).body.events
    const starts = byStart.map((event) => (event.startDate ? Date.parse(event.startDate) : Number.POSITIVE_INFINITY))
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect((await get('/public-search?q=bitcoin&sort=sideways')).status).toBe(422)
  })
})

describe('World Cup 2026', () => {
  it('has 72 group matches, 6 per group, settled before the reference time and open after', async () => {
    const matches = await allPages(`/events?tag_id=${WORLD_CUP_2026.tagId}`, 100)
    expect(matches).toHaveLength(72)
    for (const letter of WORLD_CUP_GROUP_LETTERS) {
      const ids = new Set(WORLD_CUP_2026.groups[letter].map((team) => team.id))
      const group = matches.filter((event) => event.teams!.every((team) => ids.has(team.id)))
      expect(group).toHaveLength(6)
      const appearances = group.flatMap((event) => event.teams!.map((team) => team.id))
      for (const id of ids) expect(appearances.filter((candidate) => candidate === id)).toHaveLength(3)
    }
    for (const match of matches) {
      const kickoff = Date.parse(match.startTime!)
      expect(match.slug).toMatch(/^fifwc-[a-z]{3}-[a-z]{3}-2026-06-\d{2}$/)
      expect(match.tags.map((tag) => Number(tag.id))).toEqual(
        expect.arrayContaining([REPLAY_TAGS.sports.id, REPLAY_TAGS.games.id, REPLAY_TAGS.soccer.id, WORLD_CUP_2026.tagId]),
      )
      if (match.closed) {
        expect(kickoff).toBeLessThan(REFERENCE)
        expect(match).toMatchObject({ period: 'VFT', ended: true })
        expect(match.score).toMatch(/^\d+-\d+$/)
        for (const market of match.markets) {
          expect(market.closed).toBe(true)
          expect([...parseList(market.outcomePrices)].sort()).toEqual(['0', '1'])
          expect(market.closedTime).toMatch(/\+00$/)
        }
      } else if (!match.live) {
        expect(kickoff).toBeGreaterThan(REFERENCE)
      }
    }
    const settled = matches.filter((match) => match.closed)
    expect(settled.length).toBeGreaterThan(20)
    expect(matches.length - settled.length).toBeGreaterThan(20)
    expect(matches.filter((match) => match.live).map((match) => match.period)).toEqual(['2H'])
  })

  it('resolves a settled match consistently with its score', async () => {
    const matches = await allPages(`/events?tag_id=${WORLD_CUP_2026.tagId}&closed=true`, 100)
    for (const match of matches) {
      const [home, away] = match.score!.split('-').map(Number) as [number, number]
      const [homeWin, draw, awayWin] = match.markets.filter((market) => market.sportsMarketType === 'moneyline').map((market) => parseList(market.outcomePrices)[0])
      expect([homeWin, draw, awayWin]).toEqual([home > away ? '1' : '0', home === away ? '1' : '0', away > home ? '1' : '0'])
      const over = match.markets.find((market) => market.question.endsWith(': O/U 2.5'))!
      expect(parseList(over.outcomePrices)[0]).toBe(home + away > 2.5 ? '1' : '0')
    }
  })
})

describe('fault injection', () => {
  it('answers 429 with Retry-After, then recovers after `times`', async () => {
    replay.setFaults([{ path: '/events', status: 429, retryAfterSeconds: 7, times: 1 }])
    const limited = await get('/events?limit=1')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('7')
    expect((await get('/events?limit=1')).status).toBe(200)
    replay.setFaults([])
  })

  it('answers 5xx with a JSON error body, only on the faulted path prefix', async () => {
    replay.setFaults([{ path: '/markets', status: 503 }, { path: '/tags', status: 500, times: 2 }])
    expect((await get('/markets?limit=1')).body).toEqual({ type: 'service unavailable', error: 'injected fault' })
    const failed = await get<{ type: string }>('/tags')
    expect(failed.status).toBe(500)
    expect(failed.body.type).toBe('internal error')
    expect((await get('/tags')).status).toBe(500)
    expect((await get('/tags')).status).toBe(200)
    expect((await get('/events?limit=1')).status).toBe(200)
    replay.setFaults([])
  })

  it('sends a truncated JSON body with status 200 when malformed', async () => {
    replay.setFaults([{ malformed: true, times: 1 }])
    const response = await fetch(`${replay.url}/events?limit=2`)
    expect(response.status).toBe(200)
    await expect(response.json()).rejects.toThrow()
  })

  it('hangs until the client gives up', async () => {
    replay.setFaults([{ path: '/events', hang: true, times: 1 }])
    const started = Date.now()
    await expect(fetch(`${replay.url}/events?limit=1`, { signal: AbortSignal.timeout(150) })).rejects.toThrow()
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect((await get('/events?limit=1')).status).toBe(200)
  })

  it('adds latency and applies start-up faults and global latency', async () => {
    const slow = await start({ latencyMs: 60, faults: [{ path: '/sports', status: 502 }] })
    try {
      const started = Date.now()
      expect((await get('/sports', slow)).status).toBe(502)
      expect(Date.now() - started).toBeGreaterThanOrEqual(55)
    } finally {
      await slow.stop()
    }
  })

  it('answers with the data as it was halfway through its latency: the request on its way, then the answer', async () => {
    const slow = await start({ latencyMs: 1_000 })
    try {
      const [first, second] = (await get<WireMarket[]>('/markets?closed=false&limit=2', slow)).body
      // The request once the replay has it (wrapped: awaiting a promise of a promise would wait for the answer too).
      const arrived = async (path: string) => {
        const answer = get<WireMarket>(path, slow)
        await expect.poll(() => slow.counters().inFlight, { interval: 10 }).toBe(1)
        return { answer }
      }
      // Changed in the first half: the answer has it.
      const early = await arrived(`/markets/${first!.id}`)
      slow.setPrices(first!.id, ['0.125', '0.875'])
      expect(parseList((await early.answer).body.outcomePrices)).toEqual(['0.125', '0.875'])
      // Changed in the second half (or later): the answer was already made.
      const late = await arrived(`/markets/${second!.id}`)
      await new Promise((resolve) => setTimeout(resolve, 700))
      slow.setPrices(second!.id, ['0.375', '0.625'])
      expect(parseList((await late.answer).body.outcomePrices)).toEqual(parseList(second!.outcomePrices))
    } finally {
      await slow.stop()
    }
  })

  it('rate-limits per endpoint over a sliding window when enabled', async () => {
    const limited = await start({ rateLimits: { events: 3, windowMs: 60_000 } })
    try {
      const statuses: number[] = []
      for (let index = 0; index < 4; index++) statuses.push((await get('/events?limit=1', limited)).status)
      expect(statuses).toEqual([200, 200, 200, 429])
      const rejected = await get('/events/keyset?limit=1', limited)
      expect(Number(rejected.headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await get('/markets?limit=1', limited)).status).toBe(200)
    } finally {
      await limited.stop()
    }
  })
})

describe('counters', () => {
  it('counts calls per path and the most requests in flight at once', async () => {
    replay.resetCounters()
    replay.setFaults([{ latencyMs: 80 }])
    await Promise.all(Array.from({ length: 6 }, () => get('/events?limit=1')))
    await get('/events/keyset?limit=1')
    replay.setFaults([])
    const counters = replay.counters()
    expect(counters.calls['/events']).toBe(6)
    expect(counters.calls['/events/keyset']).toBe(1)
    expect(counters.total).toBe(7)
    expect(counters.maxInFlight).toBeGreaterThanOrEqual(6)
    expect(counters.inFlight).toBe(0)
    replay.resetCounters()
    expect(replay.counters()).toEqual({ calls: {}, total: 0, inFlight: 0, maxInFlight: 0, traceparents: [] })
  })
})

describe('mutations and the control API', () => {
  it('settles events with their pre-decided results and moves prices', async () => {
    const server = await start()
    try {
      const open = (await get<WireEvent[]>(`/events?tag_id=${WORLD_CUP_2026.tagId}&closed=false&live=false&limit=1`, server)).body[0]!
      expect(server.settle({ eventIds: [open.id] })).toEqual([open.id])
      const settled = (await get<WireEvent>(`/events/${open.id}`, server)).body
      expect(settled).toMatchObject({ closed: true, ended: true, live: false, period: 'VFT' })
      expect(settled.markets.every((market) => market.closed && [...parseList(market.outcomePrices)].sort().join() === '0,1')).toBe(true)
      expect(server.settle({ eventIds: [open.id] })).toEqual([])

      const market = (await get<WireMarket[]>('/markets?closed=false&limit=1', server)).body[0]!
      server.setPrices(market.id, ['0.25', '0.75'])
      expect(parseList((await get<WireMarket>(`/markets/${market.id}`, server)).body.outcomePrices)).toEqual(['0.25', '0.75'])
      expect(() => server.setPrices(market.id, ['0.5'])).toThrow()
      expect(() => server.setPrices('nope', ['0.5', '0.5'])).toThrow()
    } finally {
      await server.stop()
    }
  })

  it('is driven over HTTP under /__replay/', async () => {
    const server = await start()
    const send = (path: string, method: string, body?: unknown) =>
      fetch(`${server.url}/__replay${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}) })
    try {
      await get('/events?limit=1', server)
      const counters = (await (await send('/counters', 'GET')).json()) as { calls: Record<string, number> }
      expect(counters.calls['/events']).toBe(1)
      expect(counters.calls['/__replay/counters']).toBeUndefined()
      expect((await send('/counters', 'DELETE')).status).toBe(204)
      expect(server.counters().total).toBe(0)

      expect((await send('/faults', 'PUT', [{ path: '/teams', status: 500, times: 1 }])).status).toBe(204)
      expect((await get('/teams', server)).status).toBe(500)
      expect((await get('/teams', server)).status).toBe(200)
      expect((await send('/faults', 'PUT', [{ path: '/teams', stauts: 500 }])).status).toBe(422)
      expect((await send('/faults', 'PUT', [{ path: '/teams', hang: true }])).status).toBe(204)
      expect((await send('/faults', 'DELETE')).status).toBe(204)
      expect((await get('/teams', server)).status).toBe(200)

      const settled = (await (await send('/settle', 'POST', { tagId: FIXTURE })).json()) as { settled: string[] }
      expect(settled.settled.length).toBeGreaterThan(0)
      expect((await get<WireEvent[]>(`/events?tag_id=${FIXTURE}&closed=false`, server)).body).toEqual([])
      expect((await send('/settle', 'POST', {})).status).toBe(422)

      const market = (await get<WireMarket[]>('/markets?closed=false&limit=1', server)).body[0]!
      const moved = await send(`/markets/${market.id}/prices`, 'POST', { prices: ['0.9', '0.1'] })
      expect(moved.status).toBe(200)
      expect(parseList((await get<WireMarket>(`/markets/${market.id}`, server)).body.outcomePrices)).toEqual(['0.9', '0.1'])
      expect((await send('/markets/0/prices', 'POST', ['0.5', '0.5'])).status).toBe(404)
      expect((await send(`/markets/${market.id}/prices`, 'POST', ['2', '-1'])).status).toBe(422)
    } finally {
      await server.stop()
    }
  })

  it('can be turned off', async () => {
    const server = await start({ control: false })
    try {
      expect((await get('/__replay/counters', server)).status).toBe(404)
    } finally {
      await server.stop()
    }
  })
})

describe('reference data', () => {
  it('filters teams and series, and lists sports with their market types', async () => {
    const nba = (await get<WireTeam[]>('/teams?league=nba&limit=100')).body
    expect(nba).toHaveLength(10)
    expect(nba.every((team) => team.league === 'nba' && team.abbreviation === team.abbreviation.toLowerCase())).toBe(true)
    const argentina = (await get<WireTeam[]>('/teams?abbreviation=arg')).body
    expect(argentina.map((team) => team.name)).toEqual(['Argentina'])
    const sports = (await get<Array<{ sport: string }>>('/sports')).body
    expect(sports.length).toBeGreaterThanOrEqual(10)
    const types = (await get<{ marketTypes: string[] }>('/sports/market-types')).body.marketTypes
    expect(types).toEqual(expect.arrayContaining(['moneyline', 'spreads', 'totals', 'points', 'tennis_first_set_winner', 'ufc_round', 'odd_even']))
    const daily = (await get<Array<{ recurrence: string; events?: unknown[] }>>('/series?recurrence=weekly')).body
    expect(daily.length).toBeGreaterThan(0)
    expect(daily.every((series) => series.recurrence === 'weekly' && Array.isArray(series.events))).toBe(true)
    expect((await get('/series?recurrence=hourly')).status).toBe(422)
  })
})

describe('dates', () => {
  it('shifts every served date by whole days so the reference day becomes today, keeping times of day', async () => {
    const shifted = await startReplay({ shiftDates: true, now: '2026-07-01T08:00:00Z' })
    try {
      expect(shifted.dayShift).toBe(11)
      const original = (await get<WireEvent>('/events/slug/fifwc-arg-aut-2026-06-21')).body
      const moved = (await get<WireEvent>('/events/slug/fifwc-arg-aut-2026-06-21', shifted)).body
      expect(moved.startTime).toBe('2026-07-02T19:00:00Z')
      expect(Date.parse(moved.endDate!) - Date.parse(original.endDate!)).toBe(11 * 86_400_000)
      expect(moved.markets[0]!.gameStartTime).toBe('2026-07-02 19:00:00+00')
      expect(moved.markets[0]!.endDateIso).toBe('2026-07-09')
      expect(moved.title).toBe(original.title)
    } finally {
      await shifted.stop()
    }
  })

  it('filters by end date range', async () => {
    const endsOnReferenceDay = await allPages('/events?closed=false&end_date_min=2026-06-20T00:00:00Z&end_date_max=2026-06-20T23:59:59Z', 100)
    expect(endsOnReferenceDay.length).toBeGreaterThan(10)
    expect(endsOnReferenceDay.every((event) => event.endDate!.startsWith('2026-06-20'))).toBe(true)
    expect((await get('/events?end_date_min=yesterday')).status).toBe(422)
  })
})

describe('the data set', () => {
  it('is generated deterministically and matches the committed file', () => {
    const hash = (text: string) => createHash('sha256').update(text).digest('hex')
    const first = serializeDataset(generateDataset())
    const second = serializeDataset(generateDataset())
    expect(hash(first)).toBe(hash(second))
    expect(hash(first)).toBe(hash(readFileSync(BUNDLED_DATASET_PATH, 'utf8')))
    expect(first.length).toBeLessThan(6 * 1_048_576)
  })
})
