// Every screen over the bundled replay data set (normalised as the Gamma client would): responses validate
// against the schemas, and the seed rules title every sports market family the data holds.
import { readFileSync } from 'node:fs'

import { beforeAll, describe, expect, it } from 'vitest'

import type { GammaEvent } from '@/markets/gamma/types'
import { normaliseEvent } from '@/markets/gamma/normalise'
import { eventWire } from '@/markets/gamma/schemas'
import { BUNDLED_DATASET_PATH } from '@replay/dataset'
import { REPLAY_REFERENCE_TIME, REPLAY_TAGS as T } from '@replay/data/catalog'
import { buildEventPage } from '@/screens/eventPage'
import { buildFeedPage, eventMatchesTag } from '@/screens/feed'
import { eventPageSchema, feedPageSchema, searchViewSchema, worldCupGroupPageSchema, worldCupPageSchema } from '@/screens/schemas'
import { searchView } from '@/screens/search'
import { worldCupGroupPage, worldCupPage } from '@/screens/worldCup'

import { all, snapshot, tag, worldCupTournament } from './fixtures'

const now = new Date(REPLAY_REFERENCE_TIME)
const client = { platform: 'ios' as const, appVersion: '3.0.0' }
const content = snapshot()
let events: GammaEvent[] = []

beforeAll(() => {
  const data = JSON.parse(readFileSync(BUNDLED_DATASET_PATH, 'utf8')) as { events: unknown[] }
  events = data.events.map((wire) => normaliseEvent(eventWire.parse(wire)))
})

describe('the replay data set', () => {
  it('builds a valid event page for every event, titling every typed sports market by a rule', () => {
    const untitled = new Set<string>()
    for (const event of events) {
      const page = eventPageSchema.parse(buildEventPage(event, content, client, now))
      for (const market of page.sections.flatMap((section) => section.groups.flatMap((group) => group.markets))) {
        if (market.category === 'player_props') expect(market.displayTitle).toMatch(/ to \w+( \w+)? \d+\+ /)
        if (market.category === 'other' && market.displayTitle === market.question) untitled.add(event.markets.find((m) => m.id === market.id)?.sportsMarketType ?? '(none)')
      }
    }
    // Both-teams-to-score and NHL first-period totals have no seed rule (an editor can map them); markets
    // without a sports type (crypto, finance) read as their question.
    expect([...untitled].sort()).toEqual(expect.arrayContaining(['(none)']))
    expect([...untitled].filter((type) => !['(none)', 'btts', 'first_period_totals'].includes(type))).toEqual([])
  })

  it('pages through a tag of 137 events', () => {
    const fixture = tag({ slug: 'fixture', filter: all(T.replayFixture137.id), marketStatus: 'all' })
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page = feedPageSchema.parse(buildFeedPage(content, fixture, events, { limit: 20, cursor }, client, now))
      seen.push(...page.events.map((event) => event.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(events.filter((event) => eventMatchesTag(event, fixture, now)).length)
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('builds the World Cup pages and search', () => {
    const matches = events.filter((event) => event.tagIds.includes(T.worldCup2026.id as never))
    expect(matches.length).toBeGreaterThan(0)
    const tournament = worldCupTournament()
    const page = worldCupPageSchema.parse(worldCupPage(tournament, matches, content, client, now))
    if (page.layout !== 'groups') throw new Error(page.layout)
    expect(page.results.length + page.live.length + page.upcoming.length).toBeGreaterThan(0)
    for (const group of tournament.groups) worldCupGroupPageSchema.parse(worldCupGroupPage(tournament, group.letter, matches, content, client, now))
    const search = searchViewSchema.parse(searchView('Albiceleste', content, { events: [], tags: [] }, matches, [], { tags: 5, events: 10, profiles: 5 }, client, now))
    expect(search.events.length).toBeGreaterThan(0)
    expect(search.events.every((event) => event.teams.some((team) => team.name === 'Argentina'))).toBe(true)
  })
})
