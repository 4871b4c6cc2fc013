// World Cup pages: group teams from the CMS, match status, results and tables, legacy layouts, unknown groups.
import { describe, expect, it } from 'vitest'

import { isAppError } from '@/errors'
import { WORLD_CUP_2026, type WorldCupTeam } from '@replay/data/catalog'
import { worldCupGroupPageSchema, worldCupPageSchema } from '@/screens/schemas'
import { tournamentQueriesFor, worldCupGroupPage, worldCupPage } from '@/screens/worldCup'

import { event, snapshot, sportTags, team, worldCupTournament } from './fixtures'

const [MEX, RSA, KOR, DEN] = WORLD_CUP_2026.groups.A
const [ARG, ALG] = WORLD_CUP_2026.groups.J
const modern = { platform: 'ios' as const, appVersion: '3.2.0' }
const old = { platform: 'ios' as const, appVersion: '2.9.0' }
const content = snapshot()
const tournament = worldCupTournament()

type State = { status: 'final'; score: string } | { status: 'live'; score: string; period: string } | { status: 'scheduled' }

function match(home: WorldCupTeam, away: WorldCupTeam, kickoff: string, state: State) {
  const title = `${home.name} vs. ${away.name}`
  return event({
    slug: `fifwc-${home.abbreviation}-${away.abbreviation}`,
    title,
    tagIds: sportTags('fifwc'),
    startTime: kickoff,
    endDate: kickoff,
    teams: [team(home.id, home.name, 'home', { abbreviation: home.abbreviation }), team(away.id, away.name, 'away', { abbreviation: away.abbreviation })],
    closed: state.status === 'final',
    ended: state.status === 'final',
    live: state.status === 'live',
    period: state.status === 'final' ? 'VFT' : state.status === 'live' ? state.period : 'NS',
    ...(state.status === 'scheduled' ? {} : { score: state.score }),
    markets: [
      { question: `Will ${home.name} win on ${kickoff.slice(0, 10)}?`, sportsMarketType: 'moneyline', groupItemTitle: home.name },
      { question: `Will ${title} end in a draw?`, sportsMarketType: 'moneyline', groupItemTitle: `Draw (${title})` },
      { question: `Will ${away.name} win on ${kickoff.slice(0, 10)}?`, sportsMarketType: 'moneyline', groupItemTitle: away.name },
      { question: `${title}: O/U 2.5`, sportsMarketType: 'totals', line: '2.5', outcomes: ['Over', 'Under'] },
    ],
  })
}

// Group A after the group stage: Mexico 7 pts, South Korea 4, Denmark 3 (three draws), South Africa 1.
const groupA = [
  match(MEX!, RSA!, '2026-06-11T19:00:00Z', { status: 'final', score: '2-0' }),
  match(KOR!, DEN!, '2026-06-12T02:00:00Z', { status: 'final', score: '1-1' }),
  match(MEX!, KOR!, '2026-06-18T19:00:00Z', { status: 'final', score: '1-0' }),
  match(DEN!, RSA!, '2026-06-18T22:00:00Z', { status: 'final', score: '1-1' }),
  match(DEN!, MEX!, '2026-06-24T19:00:00Z', { status: 'final', score: '1-1' }),
  match(RSA!, KOR!, '2026-06-24T19:00:00Z', { status: 'final', score: '1-2' }),
]
const knockout = match(MEX!, ARG!, '2026-07-04T19:00:00Z', { status: 'final', score: '0-3' })
const afterTournament = new Date('2026-07-25T00:00:00Z')

describe('after the tournament', () => {
  it('shows every result and the final table of a group', () => {
    const view = worldCupGroupPage(tournament, 'A', [...groupA, knockout, ...groupA.slice(0, 1)], content, modern, afterTournament)
    expect(worldCupGroupPageSchema.parse(view)).toEqual(view)
    if (view.layout !== 'group') throw new Error(view.layout)
    expect(view.group).toMatchObject({ letter: 'A', slug: 'group-a', title: 'Group A' })
    expect(view.teams.map((t) => [t.name, t.abbreviation, t.colour])).toEqual([
      ['Mexico', 'MEX', '#006847'],
      ['South Africa', 'RSA', '#007749'],
      ['South Korea', 'KOR', '#CD2E3A'],
      ['Denmark', 'DEN', '#C60C30'],
    ])
    // The knockout match is not a group match; the duplicate is dropped.
    expect(view.matches).toHaveLength(6)
    expect(view.matches.every((m) => m.status === 'final' && m.group === 'A')).toBe(true)
    expect(view.results.map((m) => m.kickoff)).toEqual([...view.matches.map((m) => m.kickoff)].reverse())
    expect(view.matches[0]).toMatchObject({ kickoff: '2026-06-11T19:00:00.000Z', score: '2-0', home: { team: { name: 'Mexico' }, goals: 2 }, away: { team: { name: 'South Africa' }, goals: 0 } })
    expect(view.matches[0]?.markets.map((m) => m.category)).toEqual(['moneyline', 'moneyline', 'moneyline'])
    expect(view.table.map((row) => [row.position, row.team.abbreviation, row.played, row.won, row.drawn, row.lost, row.goalsFor, row.goalsAgainst, row.goalDifference, row.points])).toEqual([
      [1, 'MEX', 3, 2, 1, 0, 4, 1, 3, 7],
      [2, 'KOR', 3, 1, 1, 1, 3, 3, 0, 4],
      [3, 'DEN', 3, 0, 3, 0, 3, 3, 0, 3],
      [4, 'RSA', 3, 0, 1, 2, 2, 5, -3, 1],
    ])
  })

  it('lists results and tables on the tournament page, knockout matches without a group', () => {
    const view = worldCupPage(tournament, [...groupA, knockout], content, modern, afterTournament)
    expect(worldCupPageSchema.parse(view)).toEqual(view)
    if (view.layout !== 'groups') throw new Error(view.layout)
    expect(view.groups).toHaveLength(12)
    expect(view.live).toEqual([])
    expect(view.upcoming).toEqual([])
    expect(view.results[0]).toMatchObject({ group: null, home: { team: { name: 'Mexico' }, goals: 0 }, away: { team: { name: 'Argentina' }, goals: 3 } })
    expect(view.results).toHaveLength(7)
    expect(view.groups[0]?.table[0]).toMatchObject({ team: { abbreviation: 'MEX' }, points: 7 })
    // A group without results has a zeroed table in seed order.
    expect(view.groups[9]?.table.map((row) => [row.team.name, row.played, row.points])).toEqual(WORLD_CUP_2026.groups.J.map((t) => [t.name, 0, 0]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))))
  })
})

describe('during the tournament', () => {
  const live = match(ARG!, ALG!, '2026-06-20T11:00:00Z', { status: 'live', score: '1-0', period: '2H' })
  const later = match(MEX!, KOR!, '2026-06-22T19:00:00Z', { status: 'scheduled' })
  const now = new Date('2026-06-20T12:00:00Z')

  it('splits live, upcoming and settled matches; live scores do not count in the table', () => {
    const view = worldCupPage(tournament, [later, live, groupA[0]!], content, modern, now)
    if (view.layout !== 'groups') throw new Error(view.layout)
    expect(view.live.map((m) => [m.title, m.status, m.period, m.home?.goals, m.away?.goals])).toEqual([['Argentina vs. Algeria', 'live', '2H', 1, 0]])
    expect(view.upcoming.map((m) => [m.title, m.status, m.score, m.home?.goals])).toEqual([['Mexico vs. South Korea', 'scheduled', null, null]])
    expect(view.results.map((m) => m.title)).toEqual(['Mexico vs. South Africa'])
    expect(view.groups[9]?.table.every((row) => row.played === 0)).toBe(true)
  })
})

describe('legacy clients and errors', () => {
  it('gives clients below the minimum version the flat list instead of an error', () => {
    const view = worldCupPage(tournament, [...groupA, knockout], content, old, afterTournament)
    expect(worldCupPageSchema.parse(view)).toEqual(view)
    expect(view.layout).toBe('legacy-flat-list')
    if (view.layout === 'legacy-flat-list') expect(view.matches).toHaveLength(7)
    const group = worldCupGroupPage(tournament, 'a', groupA, content, { platform: 'android', appVersion: null }, afterTournament)
    expect(group.layout).toBe('legacy-flat-list')
  })

  it('supports the groups-only legacy layout', () => {
    const view = worldCupPage(worldCupTournament({ legacyLayout: 'groups-only' }), groupA, content, old, afterTournament)
    expect(worldCupPageSchema.parse(view)).toEqual(view)
    expect(view.layout).toBe('legacy-groups-only')
  })

  it('gives the groups-only legacy layout on group pages too, with the group’s teams', () => {
    const view = worldCupGroupPage(worldCupTournament({ legacyLayout: 'groups-only' }), 'A', groupA, content, old, afterTournament)
    expect(worldCupGroupPageSchema.parse(view)).toEqual(view)
    expect(view).toMatchObject({ layout: 'legacy-groups-only', group: { letter: 'A' } })
    if (view.layout === 'legacy-groups-only') expect(view.teams.map((t) => t.name)).toEqual(expect.arrayContaining(['Mexico', 'South Africa']))
    const page = worldCupPage(worldCupTournament({ legacyLayout: 'groups-only' }), groupA, content, old, afterTournament)
    if (page.layout !== 'legacy-groups-only') throw new Error(page.layout)
    expect(page.groups[0]).toMatchObject({ letter: 'A', teams: expect.arrayContaining([expect.objectContaining({ name: 'Mexico' })]) })
  })

  it('reads every match of the tournament, open and settled, by its tag', () => {
    expect(tournamentQueriesFor(tournament)).toEqual([
      { closed: false, tagIds: [tournament.upstreamTagId] },
      { closed: true, tagIds: [tournament.upstreamTagId] },
    ])
  })

  it('lists a group’s matches by kick-off and its results latest first, the same match once', () => {
    const view = worldCupGroupPage(tournament, 'A', [groupA[4]!, groupA[0]!, groupA[2]!, groupA[0]!], content, modern, afterTournament)
    if (view.layout !== 'group') throw new Error(view.layout)
    expect(view.matches.map((m) => m.kickoff)).toEqual(['2026-06-11T19:00:00.000Z', '2026-06-18T19:00:00.000Z', '2026-06-24T19:00:00.000Z'])
    expect(view.results.map((m) => m.kickoff)).toEqual(['2026-06-24T19:00:00.000Z', '2026-06-18T19:00:00.000Z', '2026-06-11T19:00:00.000Z'])
  })

  it('finds a group by page slug and 404s an unknown letter', () => {
    expect(worldCupGroupPage(tournament, 'group-l', [], content, modern, afterTournament).layout).toBe('group')
    try {
      worldCupGroupPage(tournament, 'Z', groupA, content, modern, afterTournament)
      expect.unreachable()
    } catch (error) {
      expect(isAppError(error, 'NotFound') && error.code).toBe('world_cup.group_not_found')
      expect((error as { detail: string }).detail).toBe('There is no group "Z".')
    }
  })
})
