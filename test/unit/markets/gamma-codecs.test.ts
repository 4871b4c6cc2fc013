// Cache codecs: domain values survive JSON (as Redis stores them) with every Decimal digit intact; cache keys
// are stable and carry every filter.
import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { gammaCacheKey } from '@/markets/gamma/cacheKey'
import { eventCodec, eventListCodec, tagListCodec } from '@/markets/gamma/codecs'
import { normaliseEvent } from '@/markets/gamma/normalise'
import { eventWire } from '@/markets/gamma/schemas'
import type { GammaEvent, GammaMarket } from '@/markets/gamma/types'

const throughJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

/** Decimal text of any scale and precision, including the long prices Gamma sends. */
const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 0, max: 45 }))
  .map(([negative, digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, '0')
    const body = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`
    return `${negative ? '-' : ''}${body}`
  })

const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString())

const market: fc.Arbitrary<GammaMarket> = fc.record(
  {
    id: fc.stringMatching(/^\d{1,8}$/),
    eventId: fc.stringMatching(/^\d{1,8}$/),
    question: fc.string(),
    slug: fc.string(),
    outcomes: fc.array(fc.string(), { maxLength: 3 }),
    outcomePrices: fc.array(decimalText.map((text) => new Decimal(text)), { maxLength: 3 }),
    clobTokenIds: fc.array(fc.stringMatching(/^\d{1,78}$/), { maxLength: 3 }),
    active: fc.boolean(),
    closed: fc.boolean(),
    archived: fc.boolean(),
    restricted: fc.boolean(),
    line: decimalText.map((text) => new Decimal(text)),
    volume: decimalText.map((text) => new Decimal(text)),
    sportsMarketType: fc.constantFrom('moneyline', 'spreads', 'totals', 'points'),
    gameStartTime: isoDate,
    tagIds: fc.array(fc.nat()),
  },
  { requiredKeys: ['id', 'question', 'slug', 'outcomes', 'outcomePrices', 'clobTokenIds', 'active', 'closed', 'archived', 'restricted', 'tagIds'] },
) as fc.Arbitrary<GammaMarket>

/** The smallest event a cache entry can hold, around the markets (and extras) under test. */
const eventOf = (markets: GammaMarket[], extra: Partial<GammaEvent> = {}) =>
  ({
    id: '1',
    slug: 'e',
    title: 'E',
    active: true,
    closed: false,
    archived: false,
    featured: false,
    restricted: false,
    markets,
    series: [],
    tags: [],
    tagIds: [],
    live: false,
    ended: false,
    teams: [],
    ...extra,
  }) as GammaEvent

describe('Gamma cache codecs', () => {
  it('round-trips markets through JSON with Decimals intact (property)', () => {
    fc.assert(
      fc.property(market, (value) => {
        const [decoded] = eventCodec.decode(throughJson(eventCodec.encode(eventOf([value])))).markets
        expect(decoded).toEqual(value)
        value.outcomePrices.forEach((price, index) => expect(decoded!.outcomePrices[index]!.equals(price)).toBe(true))
        if (value.line) expect(decoded!.line).toBeInstanceOf(Decimal)
        if (value.line) expect(decoded!.line!.toFixed()).toBe(value.line.toFixed())
      }),
    )
  })

  it('round-trips a normalised event, nested markets, teams and sport included', () => {
    const event = normaliseEvent(
      eventWire.parse({
        id: '26359',
        slug: 'mlb-wsh-nym-2025-06-10',
        title: 'Nationals vs. Mets',
        volume: 91233.12,
        startTime: '2025-06-10T23:10:00Z',
        eventDate: '2025-06-10',
        gameId: 90050123,
        tags: [{ id: '100381', label: 'MLB', slug: 'mlb' }],
        teams: [{ id: 100017, name: 'New York Mets', ordering: 'home' }],
        sport: { id: 3, sport: 'mlb', tags: '1,100381', primaryTagId: 100381, series: '3' },
        series: [{ id: '3', slug: 'mlb', title: 'MLB', volume: 179054.060267 }],
        markets: [{ id: '1', outcomes: '["Yes","No"]', outcomePrices: '["0.0000004113679809846114013590098187297978","0.9999995886320190153885986409901813"]', line: -1.5 }],
      }),
    )
    const decoded: GammaEvent = eventCodec.decode(throughJson(eventCodec.encode(event)))
    expect(decoded).toEqual(event)
    expect(decoded.markets[0]!.outcomePrices[0]!.toFixed()).toBe('0.0000004113679809846114013590098187297978')
    expect(decoded.series[0]!.volume).toBeInstanceOf(Decimal)
    expect(eventListCodec.decode(throughJson(eventListCodec.encode([event, event])))).toEqual([event, event])
  })

  it('rejects a cached value of another shape instead of passing it on', () => {
    expect(() => eventCodec.decode({ id: '1' })).toThrow()
    expect(() => tagListCodec.decode([{ id: 'x', label: 'a', slug: 'a', forceShow: false, forceHide: false, isCarousel: false }])).toThrow()
    const badMarket = { id: '1', question: '', slug: '', outcomes: [], outcomePrices: ['abc'], clobTokenIds: [], active: true, closed: false, archived: false, restricted: false, tagIds: [] }
    expect(() => eventCodec.decode(throughJson({ ...eventOf([]), markets: [badMarket] }))).toThrow()
    const withSport = throughJson(eventOf([], { sport: { id: 1, sport: 'nfl', tagIds: [1, 450] } as GammaEvent['sport'] }))
    expect(eventCodec.decode(withSport).sport).toEqual({ id: 1, sport: 'nfl', tagIds: [1, 450] })
  })
})

describe('gammaCacheKey', () => {
  it('spells out defaults the caller left out, so equal requests share a key', () => {
    const key = gammaCacheKey('events', { closed: false })
    expect(key).toBe(
      'gamma:v1:events:{"ascending":true,"closed":false,"endDateMax":null,"endDateMin":null,"excludeTagIds":[],"ids":[],"live":null,"order":null,"relatedTags":false,"seriesId":null,"slugs":[],"startDateMax":null,"startDateMin":null,"tagIds":[],"tagMatch":"any"}',
    )
    expect(gammaCacheKey('events', { closed: false, tagMatch: 'any', relatedTags: false, ascending: true })).toBe(key)
  })

  it('keeps open and settled apart and ignores id order and date spelling', () => {
    expect(gammaCacheKey('events', { closed: true })).not.toBe(gammaCacheKey('events', { closed: false }))
    expect(gammaCacheKey('events', { closed: false, tagIds: [450, 1, 450] })).toBe(gammaCacheKey('events', { closed: false, tagIds: [1, 450] }))
    expect(gammaCacheKey('events', { closed: false, endDateMax: '2025-06-10 23:10:00+00' })).toBe(
      gammaCacheKey('events', { closed: false, endDateMax: new Date('2025-06-10T23:10:00Z') }),
    )
  })

  it('keys every other read by its full options', () => {
    expect(gammaCacheKey('search', { q: ' trump ' })).toBe(
      'gamma:v1:search:{"eventsStatus":"active","keepClosedMarkets":null,"limitPerType":10,"page":1,"q":"trump"}',
    )
    expect(gammaCacheKey('search', { q: 'trump' })).toBe(gammaCacheKey('search', { q: 'trump', limitPerType: 10, page: 1 }))
    expect(gammaCacheKey('eventBySlug', { slug: 'a' })).toBe('gamma:v1:eventBySlug:{"slug":"a"}')
    expect(gammaCacheKey('tags', {})).toBe('gamma:v1:tags:{}')
  })
})
