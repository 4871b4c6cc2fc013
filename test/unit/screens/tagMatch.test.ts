// Which events belong to an explore tag (filters, UTC time windows, market status) and what to ask the upstream.
import { describe, expect, it } from 'vitest'

import { REPLAY_TAGS as T } from '@replay/data/catalog'
import { eventMatchesTag, upstreamQueriesFor } from '@/screens/feed'
import { pinnedQueriesFor } from '@/screens/tagMatch'
import { windowBounds } from '@/screens/timeWindow'

import { all, any, event, tag, tagTree } from './fixtures'

const at = (iso: string) => new Date(iso)

describe('tag filters', () => {
  // crypto ∧ bitcoin ∧ ends today: three levels, each adding its own filter or window.
  const tree = tagTree([
    {
      slug: 'crypto',
      filter: all(T.crypto.id),
      children: [{ slug: 'bitcoin', filter: all(T.bitcoin.id), children: [{ slug: 'bitcoin-today', timeWindow: { kind: 'today' } }] }],
    },
  ])
  const daily = tree.tags['bitcoin-today']!
  const now = at('2026-06-20T12:00:00.000Z')

  it('needs every level of a three-level tag', () => {
    expect(daily.depth).toBe(2)
    expect(eventMatchesTag(event({ tagIds: [T.crypto.id, T.bitcoin.id], endDate: '2026-06-20T16:00:00.000Z' }), daily, now)).toBe(true)
    expect(eventMatchesTag(event({ tagIds: [T.crypto.id, T.ethereum.id], endDate: '2026-06-20T16:00:00.000Z' }), daily, now)).toBe(false)
    expect(eventMatchesTag(event({ tagIds: [T.bitcoin.id], endDate: '2026-06-20T16:00:00.000Z' }), daily, now)).toBe(false)
    expect(eventMatchesTag(event({ tagIds: [T.crypto.id, T.bitcoin.id], endDate: '2026-06-21T16:00:00.000Z' }), daily, now)).toBe(false)
    expect(eventMatchesTag(event({ tagIds: [T.crypto.id, T.bitcoin.id] }), daily, now)).toBe(false)
  })

  it('asks the upstream for the AND-able ids within the window', () => {
    expect(upstreamQueriesFor(daily, now)).toEqual([
      { closed: false, tagIds: [T.crypto.id, T.bitcoin.id].sort((a, b) => a - b), tagMatch: 'all', endDateMin: '2026-06-20T00:00:00.000Z', endDateMax: '2026-06-21T00:00:00.000Z' },
    ])
  })

  it('combines ids and groups with the filter’s match', () => {
    // (crypto OR finance) AND (bitcoin OR (stocks AND economy))
    const mixed = tag({
      slug: 'mixed',
      filter: { match: 'all', tagIds: [], groups: [{ match: 'any', tagIds: [T.crypto.id, T.finance.id] }, { match: 'any', tagIds: [T.bitcoin.id] }] },
    })
    const orOfGroups = tag({
      slug: 'or-of-groups',
      filter: { match: 'any', tagIds: [T.bitcoin.id], groups: [{ match: 'all', tagIds: [T.stocks.id, T.economy.id] }] },
    })
    expect(eventMatchesTag(event({ tagIds: [T.finance.id, T.bitcoin.id] }), mixed, new Date())).toBe(true)
    expect(eventMatchesTag(event({ tagIds: [T.finance.id, T.ethereum.id] }), mixed, new Date())).toBe(false)
    expect(eventMatchesTag(event({ tagIds: [T.stocks.id, T.economy.id] }), orOfGroups, new Date())).toBe(true)
    expect(eventMatchesTag(event({ tagIds: [T.stocks.id] }), orOfGroups, new Date())).toBe(false)
    expect(eventMatchesTag(event({ tagIds: [T.bitcoin.id] }), orOfGroups, new Date())).toBe(true)
  })

  it('sends an OR-only filter as one `any` query that covers every match', () => {
    const orOnly = tag({ slug: 'coins', filter: any(T.bitcoin.id, T.ethereum.id, T.solana.id) })
    expect(upstreamQueriesFor(orOnly, new Date())).toEqual([{ closed: false, tagIds: [T.ethereum.id, T.bitcoin.id, T.solana.id].sort((a, b) => a - b), tagMatch: 'any' }])
    const orOfGroups = tag({ slug: 'or', filter: { match: 'any', tagIds: [T.bitcoin.id], groups: [{ match: 'all', tagIds: [T.stocks.id, T.economy.id] }] } })
    const [query] = upstreamQueriesFor(orOfGroups, new Date())
    expect(query?.tagMatch).toBe('any')
    // Every event the filter accepts carries one of the queried ids.
    expect(query?.tagIds).toEqual(expect.arrayContaining([T.bitcoin.id, T.stocks.id]))
  })

  it('prefers required ids over alternatives when both exist', () => {
    const tree = tagTree([{ slug: 'crypto', filter: all(T.crypto.id), children: [{ slug: 'majors', filter: any(T.bitcoin.id, T.ethereum.id) }] }])
    expect(upstreamQueriesFor(tree.tags.majors!, new Date())).toEqual([{ closed: false, tagIds: [T.crypto.id], tagMatch: 'all' }])
  })

  it('runs one query per closed state, both for "all"', () => {
    const both = tag({ slug: 'both', filter: all(T.games.id), marketStatus: 'all' })
    expect(upstreamQueriesFor(both, new Date()).map((query) => query.closed)).toEqual([false, true])
    expect(upstreamQueriesFor(tag({ slug: 'settled', marketStatus: 'settled' }), new Date())).toEqual([{ closed: true }])
  })

  it('narrows an AND filter with an OR group to the group’s ids (the narrowest of several), a one-id group as required', () => {
    const groups = tag({
      slug: 'groups',
      filter: { match: 'all', tagIds: [], groups: [{ match: 'any', tagIds: [T.crypto.id, T.finance.id, T.stocks.id] }, { match: 'any', tagIds: [T.bitcoin.id, T.ethereum.id] }, { match: 'any', tagIds: [] }] },
    })
    expect(upstreamQueriesFor(groups, new Date())).toEqual([{ closed: false, tagIds: [T.bitcoin.id, T.ethereum.id].sort((a, b) => a - b), tagMatch: 'any' }])
    const single = tag({ slug: 'single', filter: { match: 'all', tagIds: [], groups: [{ match: 'any', tagIds: [T.solana.id] }, { match: 'any', tagIds: [T.crypto.id, T.finance.id] }] } })
    expect(upstreamQueriesFor(single, new Date())).toEqual([{ closed: false, tagIds: [T.solana.id], tagMatch: 'all' }])
    // An OR of AND-groups: each group contributes its first id; an event the filter accepts carries one of them.
    const orOfAnds = tag({ slug: 'or-of-ands', filter: { match: 'any', tagIds: [], groups: [{ match: 'all', tagIds: [T.stocks.id, T.economy.id] }, { match: 'any', tagIds: [T.bitcoin.id, T.ethereum.id] }] } })
    expect(upstreamQueriesFor(orOfAnds, new Date())).toEqual([{ closed: false, tagIds: [T.stocks.id, T.bitcoin.id, T.ethereum.id].sort((a, b) => a - b), tagMatch: 'any' }])
    expect(upstreamQueriesFor(tag({ slug: 'empty', filter: { match: 'all', tagIds: [], groups: [] } }), new Date())).toEqual([{ closed: false }])
  })

  it('holds an empty filter, and an OR filter on any one term', () => {
    const none = tag({ slug: 'none', filter: { match: 'any', tagIds: [], groups: [] } })
    expect(eventMatchesTag(event({ tagIds: [] }), none, new Date())).toBe(true)
    const orTerms = tag({ slug: 'or-terms', filter: any(T.bitcoin.id, T.ethereum.id) })
    expect(eventMatchesTag(event({ tagIds: [T.ethereum.id] }), orTerms, new Date())).toBe(true)
    expect(eventMatchesTag(event({ tagIds: [T.solana.id] }), orTerms, new Date())).toBe(false)
  })

  it('fetches pinned events by slug in each closed state the tag shows, and none without pins', () => {
    expect(pinnedQueriesFor(tag({ slug: 'p', pinned: ['a', 'b'], marketStatus: 'all' }))).toEqual([{ closed: false, slugs: ['a', 'b'] }, { closed: true, slugs: ['a', 'b'] }])
    expect(pinnedQueriesFor(tag({ slug: 'q', pinned: ['a'], marketStatus: 'settled' }))).toEqual([{ closed: true, slugs: ['a'] }])
    expect(pinnedQueriesFor(tag({ slug: 'r' }))).toEqual([])
  })

  it('filters on market status', () => {
    const open = tag({ slug: 'open' })
    const settled = tag({ slug: 'settled', marketStatus: 'settled' })
    const both = tag({ slug: 'both', marketStatus: 'all' })
    const closedEvent = event({ closed: true })
    expect([open, settled, both].map((t) => eventMatchesTag(closedEvent, t, new Date()))).toEqual([false, true, true])
    expect([open, settled, both].map((t) => eventMatchesTag(event(), t, new Date()))).toEqual([true, false, true])
  })
})

describe('time windows (UTC, half-open)', () => {
  const endsToday = tag({ slug: 'today', timeWindow: { kind: 'today' } })
  const endsThisWeek = tag({ slug: 'week', timeWindow: { kind: 'this-week' } })
  const endsThisMonth = tag({ slug: 'month', timeWindow: { kind: 'this-month' } })
  const ending = (endDate: string) => event({ endDate })

  it('today runs from 00:00 to 24:00 UTC of now', () => {
    const now = at('2026-06-20T23:59:59.999Z')
    expect(eventMatchesTag(ending('2026-06-20T00:00:00.000Z'), endsToday, now)).toBe(true)
    expect(eventMatchesTag(ending('2026-06-20T23:59:59.999Z'), endsToday, now)).toBe(true)
    expect(eventMatchesTag(ending('2026-06-21T00:00:00.000Z'), endsToday, now)).toBe(false)
    expect(eventMatchesTag(ending('2026-06-19T23:59:59.999Z'), endsToday, now)).toBe(false)
    // One millisecond later it is tomorrow in UTC.
    expect(eventMatchesTag(ending('2026-06-21T00:00:00.000Z'), endsToday, at('2026-06-21T00:00:00.000Z'))).toBe(true)
  })

  it('reads offsets as the instants they are', () => {
    // 01:30 in +02:00 is 23:30 UTC of the day before.
    expect(eventMatchesTag(ending('2026-06-21T01:30:00+02:00'), endsToday, at('2026-06-20T08:00:00Z'))).toBe(true)
  })

  it('this week is the ISO week, Monday 00:00 UTC to the next Monday', () => {
    // 2026-06-21 is a Sunday; 2026-06-22 a Monday.
    const sunday = at('2026-06-21T23:59:59.999Z')
    expect(windowBounds({ kind: 'this-week' }, sunday)).toEqual({ start: at('2026-06-15T00:00:00.000Z'), end: at('2026-06-22T00:00:00.000Z') })
    expect(eventMatchesTag(ending('2026-06-21T23:59:59.999Z'), endsThisWeek, sunday)).toBe(true)
    expect(eventMatchesTag(ending('2026-06-22T00:00:00.000Z'), endsThisWeek, sunday)).toBe(false)
    const monday = at('2026-06-22T00:00:00.000Z')
    expect(windowBounds({ kind: 'this-week' }, monday)).toEqual({ start: monday, end: at('2026-06-29T00:00:00.000Z') })
    expect(eventMatchesTag(ending('2026-06-21T23:59:59.999Z'), endsThisWeek, monday)).toBe(false)
  })

  it('this month is the calendar month in UTC, across month and year ends', () => {
    const now = at('2026-06-30T23:59:59.999Z')
    expect(eventMatchesTag(ending('2026-06-30T23:59:59.999Z'), endsThisMonth, now)).toBe(true)
    expect(eventMatchesTag(ending('2026-07-01T00:00:00.000Z'), endsThisMonth, now)).toBe(false)
    expect(windowBounds({ kind: 'this-month' }, at('2026-12-31T12:00:00Z'))).toEqual({ start: at('2026-12-01T00:00:00.000Z'), end: at('2027-01-01T00:00:00.000Z') })
    expect(windowBounds({ kind: 'this-month' }, at('2028-02-29T23:00:00Z')).end).toEqual(at('2028-03-01T00:00:00.000Z'))
  })

  it('a custom window is [start, end)', () => {
    const custom = tag({ slug: 'custom', timeWindow: { kind: 'custom', start: '2026-06-11T00:00:00.000Z', end: '2026-06-28T00:00:00.000Z' } })
    expect(eventMatchesTag(ending('2026-06-11T00:00:00.000Z'), custom, NOW_ANY)).toBe(true)
    expect(eventMatchesTag(ending('2026-06-27T23:59:59.999Z'), custom, NOW_ANY)).toBe(true)
    expect(eventMatchesTag(ending('2026-06-28T00:00:00.000Z'), custom, NOW_ANY)).toBe(false)
    expect(upstreamQueriesFor(custom, NOW_ANY)[0]).toMatchObject({ endDateMin: '2026-06-11T00:00:00.000Z', endDateMax: '2026-06-28T00:00:00.000Z' })
  })
})

const NOW_ANY = new Date('2030-01-01T00:00:00Z')
