// Search: explore tags first, upstream tags after; tournament team aliases inject that team's matches.
import { describe, expect, it } from 'vitest'

import { WORLD_CUP_2026 } from '@replay/data/catalog'
import { searchViewSchema } from '@/screens/schemas'
import { searchView, teamsNamedBy } from '@/screens/search'

import { event, snapshot, sportTags, tagTree, team } from './fixtures'

const [ARG, ALG, AUT] = WORLD_CUP_2026.groups.J
const client = { platform: 'ios' as const, appVersion: '3.0.0' }
const now = new Date('2026-06-20T12:00:00Z')
const limits = { tags: 10, events: 20, profiles: 10 }

const content = snapshot(
  tagTree([
    { slug: 'world-cup', label: 'World Cup 2026', children: [{ slug: 'world-cup-results', label: 'Results' }] },
    { slug: 'crypto', label: 'Crypto', children: [{ slug: 'bitcoin', label: 'Bitcoin' }, { slug: 'secret-coin', label: 'Bitcoin Secret', visibility: { platforms: ['android'] } }] },
  ]),
)

const wcMatch = (home: typeof ARG, away: typeof ARG, kickoff: string, closed = false) =>
  event({
    slug: `fifwc-${home!.abbreviation}-${away!.abbreviation}`,
    title: `${home!.name} vs. ${away!.name}`,
    tagIds: sportTags('fifwc'),
    startTime: kickoff,
    closed,
    teams: [team(home!.id, home!.name, 'home'), team(away!.id, away!.name, 'away')],
    markets: [{ question: `Will ${home!.name} win?`, sportsMarketType: 'moneyline', groupItemTitle: home!.name }],
  })

const argAlg = wcMatch(ARG, ALG, '2026-06-16T19:00:00Z', true)
const autArg = wcMatch(AUT, ARG, '2026-06-22T19:00:00Z')
const algAut = wcMatch(ALG, AUT, '2026-06-27T19:00:00Z')
const tournamentEvents = [argAlg, autArg, algAut]
const unrelated = event({ slug: 'albiceleste-merch', title: 'Will the Albiceleste merch sell out?' })
const none = { events: [], tags: [] }

describe('alias injection', () => {
  it('injects a team’s matches for a nickname the upstream does not know, open first', () => {
    const view = searchView('La Albiceleste', content, { events: [unrelated], tags: [] }, tournamentEvents, [], limits, client, now)
    expect(searchViewSchema.parse(view)).toEqual(view)
    expect(view.events.map((e) => e.slug)).toEqual([autArg.slug, argAlg.slug, unrelated.slug])
  })

  it('matches FIFA codes, team names and prefixes of at least three letters, ignoring case and accents', () => {
    expect(teamsNamedBy('ARG', content)).toEqual(new Set([ARG!.id]))
    expect(teamsNamedBy('argen', content)).toEqual(new Set([ARG!.id]))
    expect(teamsNamedBy('la albic', content)).toEqual(new Set([ARG!.id]))
    expect(teamsNamedBy('albiceleste', content)).toEqual(new Set([ARG!.id]))
    // A later word of an alias needs four letters: "tri" alone does not find "La Tri".
    expect(teamsNamedBy('tri', content)).toEqual(new Set())
    expect(teamsNamedBy('la tri', content).size).toBe(1)
    expect(teamsNamedBy('selecao', content).size).toBeGreaterThan(0)
    expect(teamsNamedBy('ar', content)).toEqual(new Set())
    expect(teamsNamedBy('Bitcoin', content)).toEqual(new Set())
  })

  it('does not duplicate a match the upstream also found', () => {
    const view = searchView('arg', content, { events: [argAlg, unrelated], tags: [] }, tournamentEvents, [], limits, client, now)
    expect(view.events.map((e) => e.slug)).toEqual([autArg.slug, argAlg.slug, unrelated.slug])
  })
})

describe('tags, profiles and bounds', () => {
  it('lists visible explore tags best match first, then upstream tags not already shown', () => {
    const upstream = { events: [], tags: [{ id: 235, label: 'Bitcoin', slug: 'bitcoin', eventCount: 12 }, { id: 9, label: 'Bitcoin ETF', slug: 'bitcoin-etf', eventCount: 3 }] }
    const view = searchView('bitcoin', content, upstream, [], [], limits, client, now)
    expect(view.tags).toEqual([
      { source: 'explore', slug: 'bitcoin', label: 'Bitcoin', upstreamId: null, eventCount: null },
      { source: 'upstream', slug: 'bitcoin-etf', label: 'Bitcoin ETF', upstreamId: 9, eventCount: 3 },
    ])
    const android = searchView('bitcoin', content, upstream, [], [], limits, { platform: 'android', appVersion: null }, now)
    expect(android.tags.map((t) => t.slug)).toEqual(['bitcoin', 'secret-coin', 'bitcoin-etf'])
  })

  it('ranks explore tags exact, then prefix, then a word’s prefix, then containing; ties by depth, order, label', () => {
    const ranked = snapshot(
      tagTree([
        { slug: 'coin-news', label: 'Coin News' },
        { slug: 'bitcoin-coin', label: 'Bitcoin Coin' },
        { slug: 'coin', label: 'Coin' },
        { slug: 'altcoins', label: 'Altcoins' },
        { slug: 'coins', label: 'Coins', children: [{ slug: 'coin-deep', label: 'Coin Deep' }] },
        { slug: 'unrelated', label: 'Stocks' },
      ]),
    )
    const slugs = searchView('coin', ranked, none, [], [], limits, client, now).tags.map((tag) => tag.slug)
    expect(slugs).toEqual(['coin', 'coin-news', 'coins', 'coin-deep', 'bitcoin-coin', 'altcoins'])
    expect(searchView('', ranked, none, [], [], limits, client, now).tags).toEqual([])
  })

  it('keeps an upstream tag’s count only when it is a whole number, and drops upstream tags named like a shown one', () => {
    const upstream = { events: [], tags: [{ id: 1, label: 'CRYPTO', slug: 'crypto-upstream', eventCount: 4 }, { id: 2, label: 'Crypto News', slug: 'crypto-news', eventCount: 1.5 }, { id: 3, label: 'Crypto Daily', slug: 'crypto-daily' }] }
    const view = searchView('crypto', content, upstream, [], [], limits, client, now)
    expect(view.tags.map((tag) => [tag.slug, tag.eventCount])).toEqual([
      ['crypto', null],
      ['crypto-news', null],
      ['crypto-daily', null],
    ])
  })

  it('lists a named team’s open matches soonest first, then settled ones latest first', () => {
    const early = wcMatch(ALG, ARG, '2026-06-12T19:00:00Z', true)
    const view = searchView('argentina', content, none, [autArg, early, argAlg, algAut], [], limits, client, now)
    expect(view.events.map((e) => e.slug)).toEqual([autArg.slug, argAlg.slug, early.slug])
  })

  it('bounds every list', () => {
    const many = Array.from({ length: 40 }, (_, i) => event({ id: String(90_000 + i) }))
    const profiles = Array.from({ length: 30 }, (_, i) => ({ handle: `fan_${i}`, displayName: null }))
    const view = searchView('arg', content, { events: many, tags: [] }, tournamentEvents, profiles, { tags: 1, events: 5, profiles: 2 }, client, now)
    expect(view.events).toHaveLength(5)
    expect(view.events[0]?.slug).toBe(autArg.slug)
    expect(view.profiles).toEqual([{ handle: 'fan_0', displayName: null }, { handle: 'fan_1', displayName: null }])
    expect(searchView('x', content, none, [], [], { tags: 1e9, events: -1, profiles: Number.NaN }, client, now)).toMatchObject({ events: [], profiles: [] })
  })
})
