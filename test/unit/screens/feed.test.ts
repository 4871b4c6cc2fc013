// The tag feed: sort orders, pins and hides, visibility, and cursor pagination that yields every event once.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { CompiledTag } from '@/content/types'
import { isAppError } from '@/errors'
import { REPLAY_TAGS as T } from '@replay/data/catalog'
import { buildFeedPage, compareFor, eventOfSortKey, orderFeedEvents, sortKeyOf } from '@/screens/feed'
import { feedPageSchema } from '@/screens/schemas'

import { all, event, leagueTeam, snapshot, sportTags, tag } from './fixtures'

const now = new Date('2026-06-20T12:00:00.000Z')
const client = { platform: 'ios' as const, appVersion: '3.0.0' }
const content = snapshot()

/** Every page from the first, following `nextCursor`. */
function allPages(feedTag: CompiledTag, events: Parameters<typeof buildFeedPage>[2], limit: number) {
  const ids: string[] = []
  let cursor: string | null = null
  for (let pages = 0; pages < 1000; pages++) {
    const page = buildFeedPage(content, feedTag, events, { limit, cursor }, client, now)
    ids.push(...page.events.map((e) => e.id))
    cursor = page.nextCursor
    if (!cursor) return ids
  }
  throw new Error('pagination did not end')
}

describe('ordering', () => {
  const events = [
    event({ id: '3', slug: 'c', volume: '100', liquidity: '5', endDate: '2026-06-22T00:00:00Z', createdAt: '2026-06-01T00:00:00Z' }),
    event({ id: '1', slug: 'a', volume: '300', liquidity: '1', endDate: '2026-06-21T00:00:00Z', createdAt: '2026-06-03T00:00:00Z' }),
    event({ id: '2', slug: 'b', volume: '100', endDate: '2026-06-25T00:00:00Z', startDate: '2026-06-05T00:00:00Z' }),
    event({ id: '4', slug: 'd', liquidity: '9' }),
  ]
  const order = (sort: CompiledTag['sort']) => orderFeedEvents(tag({ slug: 'x', sort }), events, now).map((e) => e.id)

  it('sorts by each of the tag’s sorts with the id breaking ties', () => {
    expect(order('volume')).toEqual(['1', '2', '3', '4'])
    expect(order('liquidity')).toEqual(['4', '3', '1', '2'])
    expect(order('end-date')).toEqual(['1', '3', '2', '4'])
    // By creation, as the upstream orders `createdAt`: an event without one goes last (no fallback to its start).
    expect(order('newest')).toEqual(['1', '3', '2', '4'])
  })

  it('breaks ties by numeric id, as the upstream does, not by the id’s text', () => {
    const tied = [event({ id: '10', slug: 'ten', volume: '5' }), event({ id: '9', slug: 'nine', volume: '5' }), event({ id: '100', slug: 'hundred', volume: '5' })]
    expect(orderFeedEvents(tag({ slug: 'x', sort: 'volume' }), tied, now).map((e) => e.id)).toEqual(['9', '10', '100'])
  })

  it('puts an absent amount after a zero one, as the upstream’s NULLS LAST does', () => {
    const amounts = [event({ id: '1', slug: 'none' }), event({ id: '2', slug: 'zero', volume: '0', liquidity: '0' })]
    expect(orderFeedEvents(tag({ slug: 'x', sort: 'volume' }), amounts, now).map((e) => e.id)).toEqual(['2', '1'])
    expect(orderFeedEvents(tag({ slug: 'x', sort: 'liquidity' }), amounts, now).map((e) => e.id)).toEqual(['2', '1'])
  })

  it('puts pinned events first in the configured order, drops hidden ones and duplicates', () => {
    const pinned = tag({ slug: 'x', filter: all(T.nba.id), pinned: ['c', 'missing', 'b'], hidden: ['a', 'b'] })
    const data = [...events.map((e) => ({ ...e, tagIds: [] })), events[0]!]
    // `c` is pinned though outside the filter; `b` is pinned but hidden: hiding wins.
    expect(orderFeedEvents(pinned, data, now).map((e) => e.id)).toEqual(['3'])
  })

  it('shows an event pinned twice once, and keeps events without a date last, in id order', () => {
    const twice = tag({ slug: 'x', pinned: ['c', 'c'] })
    expect(orderFeedEvents(twice, events, now).map((e) => e.id)).toEqual(['3', '1', '2', '4'])
    const undated = [event({ id: '7', slug: 'g' }), event({ id: '5', slug: 'e' }), event({ id: '6', slug: 'f', endDate: '2026-06-21T00:00:00Z' })]
    expect(orderFeedEvents(tag({ slug: 'y', sort: 'end-date' }), undated, now).map((e) => e.id)).toEqual(['6', '5', '7'])
  })

  it('does not show a pinned event of the wrong market status', () => {
    const pinned = tag({ slug: 'x', pinned: ['z'] })
    expect(orderFeedEvents(pinned, [event({ id: '9', slug: 'z', closed: true })], now)).toEqual([])
  })
})

describe('buildFeedPage', () => {
  const nba = tag({ slug: 'nba', label: 'NBA', filter: all(T.nba.id), sort: 'end-date' })
  const games = Array.from({ length: 5 }, (_, i) =>
    event({
      id: String(100 + i),
      title: 'Lakers vs. Celtics',
      tagIds: sportTags('nba'),
      endDate: `2026-06-2${i}T00:00:00Z`,
      startTime: `2026-06-2${i}T00:00:00Z`,
      volume: '1234.5',
      teams: [leagueTeam('nba', 0, 'away'), leagueTeam('nba', 1, 'home')],
      markets: [
        { question: 'Lakers vs. Celtics', sportsMarketType: 'moneyline', outcomes: ['Lakers', 'Celtics'], outcomePrices: ['0.45', '0.55'] },
        { question: 'Spread: Lakers (-2.5)', sportsMarketType: 'spreads', line: '-2.5', outcomes: ['Lakers', 'Celtics'] },
      ],
    }),
  )

  it('returns feed events with teams from the CMS and the main market', () => {
    const page = buildFeedPage(content, nba, games, { limit: 2 }, client, now)
    expect(feedPageSchema.parse(page)).toEqual(page)
    expect(page.tag).toEqual({ slug: 'nba', label: 'NBA' })
    expect(page.events.map((e) => e.id)).toEqual(['100', '101'])
    const [first] = page.events
    expect(first).toMatchObject({ sport: 'nba', volume: '1234.5', liquidity: '0' })
    expect(first?.teams.map((team) => [team.name, team.abbreviation, team.ordering])).toEqual([['Los Angeles Lakers', 'LAL', 'away'], ['Boston Celtics', 'BOS', 'home']])
    expect(first?.markets.map((m) => [m.displayTitle, m.category])).toEqual([['Lakers vs. Celtics', 'moneyline']])
    expect(page.nextCursor).not.toBeNull()
  })

  it('refuses malformed cursors and cursors of another ordering', () => {
    const expectInvalid = (cursor: string, feedTag = nba) => {
      try {
        buildFeedPage(content, feedTag, games, { limit: 2, cursor }, client, now)
        expect.unreachable()
      } catch (error) {
        expect(isAppError(error, 'BadRequest') && error.code).toBe('feed.invalid_cursor')
      }
    }
    const cursor = buildFeedPage(content, nba, games, { limit: 2 }, client, now).nextCursor!
    expectInvalid('not a cursor!')
    expectInvalid(Buffer.from('{"o":-1,"v":"x"}').toString('base64url'))
    expectInvalid(Buffer.from('[1,2]').toString('base64url'))
    expectInvalid(cursor, { ...nba, sort: 'volume' })
    expectInvalid(cursor, { ...nba, slug: 'nfl' })
  })

  it('ends cleanly when the list shrank under a cursor', () => {
    const cursor = buildFeedPage(content, nba, games, { limit: 4 }, client, now).nextCursor!
    expect(buildFeedPage(content, nba, games.slice(0, 2), { limit: 4, cursor }, client, now)).toMatchObject({ events: [], nextCursor: null })
  })

  it('pages by the asked limit within 1 and the maximum, the default when none or not a number', () => {
    const many = Array.from({ length: 120 }, (_, i) => event({ id: String(1000 + i), volume: String(i) }))
    const feedTag = tag({ slug: 'many' })
    const size = (limit: number | null | undefined) => buildFeedPage(content, feedTag, many, { limit }, client, now).events.length
    expect([size(undefined), size(null), size(Number.NaN), size(0), size(-5), size(2.9), size(1000)]).toEqual([20, 20, 20, 1, 1, 2, 100])
    const last = buildFeedPage(content, feedTag, many.slice(0, 3), { limit: 3 }, client, now)
    expect(last.nextCursor).toBeNull()
    expect(buildFeedPage(content, feedTag, [], { limit: 3 }, client, now)).toMatchObject({ events: [], nextCursor: null })
  })

  it('is a 404 for a tag this client may not see', () => {
    const gated = { ...nba, visibility: { ...nba.visibility, minAppVersion: '9.0.0' } }
    expect(() => buildFeedPage(content, gated, games, { limit: 2 }, client, now)).toThrow(expect.objectContaining({ code: 'explore.tag_not_found' }))
  })
})

describe('pagination (property)', () => {
  const sorts = ['volume', 'liquidity', 'end-date', 'newest'] as const
  const amount = fc.option(fc.constantFrom('0', '1', '1.5', '100', '100.25', '99999999999.123456789'), { nil: undefined })
  const instant = fc.option(fc.constantFrom('2026-06-20T00:00:00Z', '2026-06-20T00:00:00.001Z', '2026-06-21T12:00:00Z', '2026-07-01T00:00:00Z'), { nil: undefined })
  const arbitraryEvent = fc.record({
    id: fc.integer({ min: 1, max: 60 }).map(String),
    volume: amount,
    liquidity: amount,
    endDate: instant,
    createdAt: instant,
    closed: fc.boolean(),
    tagged: fc.boolean(),
  })

  it('yields every matching event exactly once, in the same order, for any limit and sort', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 60 }), fc.integer({ min: 1, max: 25 }), fc.constantFrom(...sorts), fc.constantFrom('open', 'settled', 'all') as fc.Arbitrary<'open' | 'settled' | 'all'>, (rows, limit, sort, marketStatus) => {
        const events = rows.map((row) =>
          event({
            id: row.id,
            slug: `e-${row.id}`,
            closed: row.closed,
            tagIds: row.tagged ? [T.crypto.id] : [],
            ...(row.volume !== undefined ? { volume: row.volume } : {}),
            ...(row.liquidity !== undefined ? { liquidity: row.liquidity } : {}),
            ...(row.endDate !== undefined ? { endDate: row.endDate } : {}),
            ...(row.createdAt !== undefined ? { createdAt: row.createdAt } : {}),
          }),
        )
        const feedTag = tag({ slug: 'crypto', filter: all(T.crypto.id), sort, marketStatus })
        const paged = allPages(feedTag, events, limit)
        const expected = orderFeedEvents(feedTag, events, now).map((e) => e.id)
        // No duplicate, no gap, and the same order as one big page.
        expect(new Set(paged).size).toBe(paged.length)
        expect(paged).toEqual(expected)
        const first = new Map<string, (typeof events)[number]>()
        for (const e of events) if (!first.has(e.id)) first.set(e.id, e)
        const matching = [...first.values()].filter((e) => e.tagIds.length > 0 && (marketStatus === 'all' || (marketStatus === 'settled') === e.closed))
        expect([...paged].sort()).toEqual(matching.map((e) => e.id).sort())
        // Stable: shuffled input gives the same feed.
        expect(allPages(feedTag, [...first.values()].reverse(), limit)).toEqual(paged)
      }),
      { numRuns: 200 },
    )
  })
})

describe('sort keys', () => {
  const events = [
    event({ id: '3', slug: 'c', volume: '100', liquidity: '5', endDate: '2026-06-22T00:00:00Z', createdAt: '2026-06-01T00:00:00Z' }),
    event({ id: '1', slug: 'a', volume: '300', liquidity: '1', endDate: '2026-06-21T00:00:00Z', createdAt: '2026-06-03T00:00:00Z' }),
    event({ id: '2', slug: 'b', volume: '100', endDate: '2026-06-25T00:00:00Z' }),
    event({ id: '4', slug: 'd', liquidity: '9' }),
  ]

  it.each(['volume', 'liquidity', 'end-date', 'newest'] as const)('stand exactly where their event stood, by %s', (sort) => {
    const compare = compareFor(sort)
    for (const a of events) {
      const key = eventOfSortKey(sort, sortKeyOf(sort, a))
      for (const b of events) expect(Math.sign(compare(key, b)), `${a.id} vs ${b.id}`).toBe(Math.sign(compare(a, b)))
    }
  })

  it('keep the value as text, exactly', () => {
    expect(sortKeyOf('volume', events[0]!)).toEqual(['3', '100'])
    expect(sortKeyOf('liquidity', events[2]!)).toEqual(['2', null])
    expect(sortKeyOf('end-date', events[1]!)).toEqual(['1', '2026-06-21T00:00:00Z'])
  })
})
