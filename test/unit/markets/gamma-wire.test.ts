// Wire parsing and normalisation of Gamma payloads (trimmed from captured responses), dates and Retry-After.
import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'

import { toCalendarDay, toUtcIso } from '@/markets/gamma/dates'
import { normaliseEvent, normaliseMarket, normaliseSearch, normaliseSport, normaliseTeam } from '@/markets/gamma/normalise'
import { buildQuery } from '@/markets/gamma/query'
import { parseRetryAfter } from '@/markets/gamma/retryAfter'
import { eventWire, eventsKeysetWire, marketWire, searchWire, seriesWire, sportWire, teamWire } from '@/markets/gamma/schemas'

const LONG_PRICE = '0.0000004113679809846114013590098187297978'

// Market 531492 (as GET /markets/531492 sent it; events embed the same shape): bestBid, volume and lastTradePrice
// are omitted (null upstream).
const totalsMarket = {
  id: '531492',
  question: 'Over 239.5',
  slug: 'nba-mem-okc-2025-03-27-total-239pt5',
  endDate: '2025-04-04T00:00:00Z',
  liquidity: '0',
  startDate: '2025-03-27T00:23:18.481638Z',
  fee: '20000000000000000',
  outcomes: '["Over", "Under"]',
  outcomePrices: '["0", "1"]',
  active: true,
  closed: true,
  closedTime: '2025-03-28 04:34:20+00',
  groupItemTitle: 'Over 239.5',
  endDateIso: '2025-04-04',
  gameStartTime: '2025-03-28 00:00:00+00',
  clobTokenIds: '["111921395645355300487518569145849548118782457875824781317525262592604421091895", "63900173641965756847547093054309931316785483274507634668979439177621966623897"]',
  spread: 0.99,
  bestAsk: 0.99,
  gameId: '0x89c8b43e447b7cc907aa780b7019bc9c9a19b979c5c8aa372c167636c3f301cd',
  sportsMarketType: 'totals',
  line: 239.5,
  umaResolutionStatuses: '[]',
  feeType: null,
}

// The composite MLB game (event 26359) with a spreads market, teams and Postgres-text dates.
const gameEvent = {
  id: '26359',
  slug: 'mlb-wsh-nym-2025-06-10',
  title: 'Nationals vs. Mets',
  startDate: '2025-06-09T08:02:22.334142Z',
  endDate: '2025-06-10T23:10:00Z',
  active: true,
  closed: false,
  liquidity: 48210.55,
  volume: 91233.12,
  competitive: 0.97,
  eventDate: '2025-06-10',
  startTime: '2025-06-10T23:10:00Z',
  eventWeek: 12,
  score: '',
  period: 'NS',
  live: false,
  ended: false,
  gameId: 90050123,
  spreadsMainLine: -1.5,
  totalsMainLine: 8.5,
  markets: [
    {
      id: '550835',
      question: 'Spread: Mets (-1.5)',
      slug: 'mlb-wsh-nym-2025-06-10-spread-home-1pt5',
      outcomes: '["Mets", "Nationals"]',
      outcomePrices: '["0.455", "0.545"]',
      clobTokenIds: '["1001", "1002"]',
      active: true,
      closed: false,
      groupItemTitle: 'Spread -1.5',
      gameStartTime: '2025-06-10 23:10:00+00',
      volume: '10022.5',
      volumeNum: 10022.5,
      bestBid: 0.45,
      sportsMarketType: 'spreads',
      line: -1.5,
    },
  ],
  series: [{ id: '3', slug: 'mlb', title: 'MLB', publishedAt: '2022-10-13 00:37:11.511+00', competitive: '0' }],
  tags: [
    { id: '1', label: 'Sports', slug: 'sports' },
    { id: '100639', label: 'Games', slug: 'games' },
    { id: '100381', label: 'MLB', slug: 'mlb' },
  ],
  teams: [
    { id: 100021, name: 'Washington Nationals', league: 'mlb', abbreviation: 'wsh', providerId: 20, color: '#AB0003', ordering: 'away' },
    { id: 100017, name: 'New York Mets', league: 'mlb', abbreviation: 'nym', providerId: 21, color: '#002D72', ordering: 'home' },
  ],
  unknownField: { dropped: true },
}

describe('Gamma wire schemas', () => {
  it('parses string-encoded arrays once and keeps long decimal prices exact', () => {
    const market = normaliseMarket(
      marketWire.parse({ ...totalsMarket, outcomes: '["Yes", "No"]', outcomePrices: `["${LONG_PRICE}", "0.9999995886320190153885986409901813"]` }),
      '21960',
    )
    expect(market.outcomes).toEqual(['Yes', 'No'])
    expect(market.outcomePrices.map(String)).toEqual(['4.113679809846114013590098187297978e-7', '0.9999995886320190153885986409901813'])
    expect(market.outcomePrices[0]!.equals(new Decimal(LONG_PRICE))).toBe(true)
    expect(market.outcomePrices[0]!.toFixed()).toBe(LONG_PRICE)
    expect(market.clobTokenIds[0]).toBe('111921395645355300487518569145849548118782457875824781317525262592604421091895')
  })

  it('reads bare numbers inside an encoded array from their text, not through a float', () => {
    const market = marketWire.parse({ id: '1', outcomePrices: '[0.12345678901234567890123, 1e-30]' })
    expect(market.outcomePrices).toEqual(['0.12345678901234567890123', '1e-30'])
  })

  it('normalises a sports totals market with omitted fields', () => {
    const market = normaliseMarket(marketWire.parse(totalsMarket), '21960')
    expect(market).toMatchObject({
      id: '531492',
      eventId: '21960',
      sportsMarketType: 'totals',
      groupItemTitle: 'Over 239.5',
      closed: true,
      active: true,
      gameStartTime: '2025-03-28T00:00:00.000Z',
      closedTime: '2025-03-28T04:34:20.000Z',
      endDate: '2025-04-04T00:00:00.000Z',
      startDate: '2025-03-27T00:23:18.481Z',
      outcomes: ['Over', 'Under'],
      tagIds: [],
    })
    expect(market.line?.toString()).toBe('239.5')
    expect(market.liquidity?.toString()).toBe('0')
    expect(market.bestAsk?.toString()).toBe('0.99')
    // Omitted upstream: absent, not zero.
    expect('bestBid' in market).toBe(false)
    expect('volume' in market).toBe(false)
    expect('lastTradePrice' in market).toBe(false)
  })

  it('accepts a line sent as a string', () => {
    expect(normaliseMarket(marketWire.parse({ id: '2', line: '2.5' }), '1').line?.toString()).toBe('2.5')
  })

  it('rejects malformed string-encoded fields as a schema issue, not a crash', () => {
    expect(marketWire.safeParse({ id: '1', outcomes: '["Yes", ' }).success).toBe(false)
    expect(marketWire.safeParse({ id: '1', outcomes: '{"a":1}' }).success).toBe(false)
    expect(marketWire.safeParse({ id: '1', outcomePrices: '["0.5", "abc"]' }).success).toBe(false)
    expect(marketWire.safeParse({ id: '1', outcomePrices: '[[0.5],[0.5]]' }).success).toBe(false)
    expect(marketWire.safeParse({ id: '1', volume: 'lots' }).success).toBe(false)
  })

  it('normalises a game event: ids, dates, decimals, teams with ordering, tag ids', () => {
    const event = normaliseEvent(eventWire.parse(gameEvent))
    expect(event).toMatchObject({
      id: '26359',
      slug: 'mlb-wsh-nym-2025-06-10',
      closed: false,
      live: false,
      ended: false,
      period: 'NS',
      gameId: 90050123,
      eventDate: '2025-06-10',
      startTime: '2025-06-10T23:10:00.000Z',
      startDate: '2025-06-09T08:02:22.334Z',
      tagIds: [1, 100639, 100381],
    })
    expect(event.teams.map((team) => [team.id, team.ordering])).toEqual([
      [100021, 'away'],
      [100017, 'home'],
    ])
    expect(event.volume?.toString()).toBe('91233.12')
    expect(event.spreadsMainLine?.toString()).toBe('-1.5')
    expect(event.series[0]).toMatchObject({ id: '3', slug: 'mlb', publishedAt: '2022-10-13T00:37:11.511Z' })
    const [spread] = event.markets
    expect(spread).toMatchObject({ eventId: '26359', sportsMarketType: 'spreads', gameStartTime: '2025-06-10T23:10:00.000Z' })
    expect(spread!.line?.toString()).toBe('-1.5')
    expect(spread!.volume?.toString()).toBe('10022.5')
    // An empty score is "no score", and unknown keys are stripped.
    expect('score' in event).toBe(false)
    expect('unknownField' in event).toBe(false)
  })

  it('normalises sports metadata and teams (int ids, comma-separated tags)', () => {
    const sport = normaliseSport(
      sportWire.parse({ id: 10, sport: 'nfl', name: 'NFL', ordering: 'away', tags: '1,450,100639', primaryTagId: 450, series: '12185', createdAt: '2025-11-05T19:27:45.399303Z' }),
    )
    expect(sport).toMatchObject({ id: 10, sport: 'nfl', tagIds: [1, 450, 100639], primaryTagId: 450, seriesId: '12185', createdAt: '2025-11-05T19:27:45.399Z' })
    expect(sportWire.safeParse({ id: 10, tags: '1,x' }).success).toBe(false)
    const team = normaliseTeam(teamWire.parse({ id: 169458, name: 'United States fe', league: 'csgo', providerId: 135839, color: '#9A6A7A' }))
    expect(team).toEqual({ id: 169458, name: 'United States fe', league: 'csgo', providerId: 135839, color: '#9A6A7A' })
  })

  it('parses series, keyset envelopes and search results', () => {
    expect(seriesWire.parse({ id: '1', competitive: '0', publishedAt: '2022-10-13 00:34:49.115+00' })).toMatchObject({ id: '1', competitive: '0', publishedAt: '2022-10-13T00:34:49.115Z' })
    expect(eventsKeysetWire.parse({ events: [{ id: 5 }] })).toEqual({ events: [{ id: '5' }] })
    expect(eventsKeysetWire.parse({ next_cursor: 'abc' })).toEqual({ events: [], next_cursor: 'abc' })
    const search = normaliseSearch(
      searchWire.parse({
        events: [{ id: '2890', title: 'NBA', closed: true }],
        tags: [{ id: '126', label: 'Trump', slug: 'trump', event_count: 178 }],
        profiles: [{ name: 'x' }],
        pagination: { hasMore: true, totalResults: 3833 },
      }),
    )
    expect(search).toMatchObject({ hasMore: true, totalResults: 3833, tags: [{ id: 126, label: 'Trump', eventCount: 178 }] })
    expect(search.events[0]).toMatchObject({ id: '2890', closed: true, markets: [] })
  })
})

describe('date normalisation', () => {
  it.each([
    ['2025-06-09T08:01:34.856648Z', '2025-06-09T08:01:34.856Z'],
    ['2025-06-10T23:10:00Z', '2025-06-10T23:10:00.000Z'],
    ['2025-06-10 23:10:00+00', '2025-06-10T23:10:00.000Z'],
    ['2022-10-13 00:37:11.511+00', '2022-10-13T00:37:11.511Z'],
    ['2025-06-10T19:10:00-04:00', '2025-06-10T23:10:00.000Z'],
    ['2025-06-11 04:40:00+0530', '2025-06-10T23:10:00.000Z'],
    ['2025-06-17', '2025-06-17T00:00:00.000Z'],
    ['2025-06-10 23:10:00', '2025-06-10T23:10:00.000Z'],
    ['2025-12-31T23:59:59.9999999Z', '2025-12-31T23:59:59.999Z'],
    ['2025-06-10T23:10:00.5+00:00', '2025-06-10T23:10:00.500Z'],
    ['2025-12-31T22:30:00-01:30', '2026-01-01T00:00:00.000Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(toUtcIso(input)).toBe(expected)
  })

  it.each(['', 'yesterday', '2025-02-30', '2025-13-01', '2025-00-10', '2025-06-00', '2025-04-31', '2023-02-29', '1900-02-29', '2025-06-10T25:00:00Z', '2025-06-10T23:60:00Z', '2025-06-10T23:10:60Z', '1638736245595'])('rejects %j', (input) => {
    expect(toUtcIso(input)).toBeUndefined()
  })

  it('keeps a calendar day as a day', () => {
    expect(toCalendarDay('2025-06-10')).toBe('2025-06-10')
    expect(toCalendarDay('2025-06-10T00:00:00Z')).toBeUndefined()
  })
})

describe('Retry-After', () => {
  const now = Date.parse('2026-08-16T10:00:00Z')

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('1.5', now)).toBe(1.5)
  })

  it('reads an HTTP-date as the seconds until then (never negative)', () => {
    expect(parseRetryAfter('Sun, 16 Aug 2026 10:00:07 GMT', now)).toBe(7)
    expect(parseRetryAfter('Sun, 16 Aug 2026 09:59:00 GMT', now)).toBe(0)
  })

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined()
    expect(parseRetryAfter('', now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('-1', now)).toBeUndefined()
  })
})

describe('query strings', () => {
  it('repeats array keys, writes booleans and skips absent values', () => {
    expect(buildQuery({ tag_id: [1, 2], closed: false, slug: undefined, order: null, q: 'a b' })).toBe('?tag_id=1&tag_id=2&closed=false&q=a+b')
    expect(buildQuery({})).toBe('')
  })
})
