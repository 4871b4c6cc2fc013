// The event page: sections from the display rules, their order, and sorting and grouping inside them.
import { describe, expect, it } from 'vitest'

import type { CompiledDisplayRule } from '@/content/types'
import { buildEventPage } from '@/screens/eventPage'
import { type EventPage, eventPageSchema } from '@/screens/schemas'

import { event, leagueTeam, type MarketInput, seedSports, snapshot, sportTags } from './fixtures'

const client = { platform: 'ios' as const, appVersion: '3.0.0' }
const now = new Date('2026-06-20T12:00:00.000Z')
const content = snapshot()

function page(markets: MarketInput[], fields: Parameters<typeof event>[0] = {}, snap = content): EventPage {
  const game = event({
    title: 'Chiefs vs. Bills',
    tagIds: sportTags('nfl'),
    teams: [leagueTeam('nfl', 0, 'away'), leagueTeam('nfl', 1, 'home')],
    startTime: '2026-06-20T17:00:00Z',
    score: '',
    period: 'NS',
    ...fields,
    markets,
  })
  const view = buildEventPage(game, snap, client, now)
  expect(eventPageSchema.parse(view)).toEqual(view)
  return view
}

const titles = (view: EventPage, key: string) => view.sections.find((section) => section.key === key)?.groups.map((group) => [group.title, group.markets.map((m) => m.displayTitle)])
const spread = (team: string, line: string, other: string) => ({ question: `Spread: ${team} (${line})`, sportsMarketType: 'spreads', line, outcomes: [team, other] })
const total = (line: string) => ({ question: `Chiefs vs. Bills: O/U ${line}`, sportsMarketType: 'totals', line, outcomes: ['Over', 'Under'] })
const prop = (player: string, label: string, type: string, line: string) => ({ question: `${player}: ${label} O/U ${line}`, groupItemTitle: player, sportsMarketType: type, line, outcomes: ['Over', 'Under'] })

describe('an NFL game', () => {
  // Built inside each test (not at collection): mutation testing attributes a mutant to the tests that run it.
  const nflGame = () => page([
    { question: 'Chiefs vs. Bills', sportsMarketType: 'moneyline', outcomes: ['Chiefs', 'Bills'] },
    spread('Chiefs', '-6.5', 'Bills'),
    spread('Chiefs', '-2.5', 'Bills'),
    spread('Bills', '+2.5', 'Chiefs'),
    spread('Chiefs', '-1.5', 'Bills'),
    total('51.5'),
    total('47.5'),
    total('49.5'),
    prop('Patrick Mahomes', 'Passing Yards', 'passing_yards', '289.5'),
    prop('Josh Allen', 'Rushing Yards', 'rushing_yards', '39.5'),
    prop('Patrick Mahomes', 'Passing Yards', 'passing_yards', '249.5'),
    { question: 'Chiefs vs. Bills: Total Points Odd/Even', sportsMarketType: 'odd_even', outcomes: ['Odd', 'Even'] },
    { question: 'Will there be a safety?', sportsMarketType: 'safety_scored' },
  ])

  it('has the event header with CMS teams', () => {
    const view = nflGame()
    expect(view.event).toMatchObject({ title: 'Chiefs vs. Bills', sport: 'nfl', startTime: '2026-06-20T17:00:00.000Z', live: false, score: null, period: 'NS' })
    expect(view.event.teams.map((team) => team.shortName)).toEqual(['Chiefs', 'Bills'])
  })

  it('orders sections by the rules’ section order', () => {
    const view = nflGame()
    expect(view.sections.map((section) => [section.key, section.title, section.order])).toEqual([
      ['moneyline', 'Moneyline', 1],
      ['spreads', 'Spreads', 2],
      ['totals', 'Totals', 3],
      ['player-props', 'Player props', 4],
      ['odd-even', 'Odd/Even', 5],
      ['more-markets', 'More markets', 6],
    ])
  })

  it('sorts spreads by |line|, then team', () => {
    const view = nflGame()
    expect(titles(view, 'spreads')).toEqual([[null, ['Chiefs -1.5', 'Bills +2.5', 'Chiefs -2.5', 'Chiefs -6.5']]])
  })

  it('sorts totals by line', () => {
    const view = nflGame()
    expect(titles(view, 'totals')).toEqual([[null, ['Over/Under 47.5', 'Over/Under 49.5', 'Over/Under 51.5']]])
  })

  it('groups props by player with the sport’s verbs, lines ascending', () => {
    const view = nflGame()
    expect(titles(view, 'player-props')).toEqual([
      ['Patrick Mahomes', ['Patrick Mahomes to throw for 250+ passing yards', 'Patrick Mahomes to throw for 290+ passing yards']],
      ['Josh Allen', ['Josh Allen to rush for 40+ rushing yards']],
    ])
  })

  it('keeps unknown markets, titled by their question', () => {
    const view = nflGame()
    expect(titles(view, 'more-markets')).toEqual([[null, ['Will there be a safety?']]])
    expect(titles(view, 'odd-even')).toEqual([[null, ['Total points: odd or even']]])
  })
})

describe('section order from the sport', () => {
  it('follows the sport’s market-type order when set, unlisted kinds after', () => {
    const sports = seedSports()
    sports.nfl = { ...sports.nfl!, marketTypeOrder: ['totals', 'moneyline'] }
    const view = page([{ question: 'Chiefs vs. Bills', sportsMarketType: 'moneyline', outcomes: ['Chiefs', 'Bills'] }, spread('Chiefs', '-2.5', 'Bills'), total('47.5')], {}, snapshot({ sports }))
    expect(view.sections.map((section) => section.key)).toEqual(['totals', 'moneyline', 'spreads'])
  })
})

describe('tennis', () => {
  it('puts the first set in its own section after the match winner', () => {
    const view = page(
      [
        { question: 'Sinner vs. Alcaraz', sportsMarketType: 'moneyline', outcomes: ['Sinner', 'Alcaraz'] },
        { question: 'Sinner vs. Alcaraz: 1st Set Winner', sportsMarketType: 'tennis_first_set_winner', outcomes: ['Sinner', 'Alcaraz'] },
        { question: 'Sinner vs. Alcaraz: O/U 2.5 Sets', sportsMarketType: 'tennis_set_totals', line: '2.5', outcomes: ['Over', 'Under'] },
        prop('Jannik Sinner', 'Aces', 'aces', '8.5'),
      ],
      { title: 'Sinner vs. Alcaraz', tagIds: sportTags('atp'), teams: [leagueTeam('atp', 0, 'home'), leagueTeam('atp', 1, 'away')] },
    )
    expect(view.sections.map((section) => section.title)).toEqual(['Moneyline', '1st set', 'Sets', 'Player props'])
    expect(titles(view, '1st-set')).toEqual([[null, ['1st set winner']]])
    expect(titles(view, 'player-props')).toEqual([['Jannik Sinner', ['Jannik Sinner to serve 9+ aces']]])
  })
})

describe('UFC', () => {
  it('shows the method of victory and the rounds grouped by round', () => {
    const view = page(
      [
        { question: 'Topuria vs. Oliveira', sportsMarketType: 'moneyline', outcomes: ['Topuria', 'Oliveira'] },
        ...['KO/TKO', 'Submission', 'Decision'].map((method) => ({ question: `Topuria vs. Oliveira: Will the fight end by ${method}?`, sportsMarketType: 'ufc_method_of_victory', groupItemTitle: method })),
        ...[1, 2, 3].map((round) => ({ question: `Will the fight end in Round ${round}?`, sportsMarketType: 'ufc_round', groupItemTitle: `Round ${round}` })),
        { question: 'Topuria vs. Oliveira: Will the fight go the distance?', sportsMarketType: 'ufc_go_the_distance', groupItemTitle: 'Go the Distance' },
      ],
      { title: 'Topuria vs. Oliveira', tagIds: sportTags('ufc'), teams: [leagueTeam('ufc', 0, 'home'), leagueTeam('ufc', 1, 'away')] },
    )
    expect(view.sections.map((section) => section.title)).toEqual(['Moneyline', 'Method of victory', 'Rounds'])
    expect(view.sections[1]?.groups[0]?.markets.map((m) => m.category)).toEqual(['ufc_method', 'ufc_method', 'ufc_method'])
    expect(titles(view, 'rounds')).toEqual([
      ['Round 1', ['Fight ends in round 1']],
      ['Round 2', ['Fight ends in round 2']],
      ['Round 3', ['Fight ends in round 3']],
      [null, ['Fight goes the distance']],
    ])
  })
})

describe('soccer', () => {
  it('keeps the three 1X2 markets together in the moneyline section', () => {
    const view = page(
      [
        { question: 'Will Arsenal FC win on 2026-06-20?', sportsMarketType: 'moneyline', groupItemTitle: 'Arsenal FC' },
        { question: 'Will Arsenal FC vs. Chelsea FC end in a draw?', sportsMarketType: 'moneyline', groupItemTitle: 'Draw (Arsenal FC vs. Chelsea FC)' },
        { question: 'Will Chelsea FC win on 2026-06-20?', sportsMarketType: 'moneyline', groupItemTitle: 'Chelsea FC' },
        { question: 'Arsenal FC vs. Chelsea FC: Both Teams to Score', sportsMarketType: 'btts', groupItemTitle: 'Both Teams to Score' },
        { question: 'Arsenal FC vs. Chelsea FC: 1H O/U 0.5', sportsMarketType: 'first_half_totals', line: '0.5', outcomes: ['Over', 'Under'] },
        prop('Bukayo Saka', 'Goals', 'goals', '0.5'),
      ],
      { title: 'Arsenal FC vs. Chelsea FC', tagIds: sportTags('epl'), teams: [leagueTeam('epl', 0, 'home'), leagueTeam('epl', 1, 'away')] },
    )
    expect(view.sections[0]?.groups[0]?.markets.map((m) => m.category)).toEqual(['moneyline', 'moneyline', 'moneyline'])
    expect(titles(view, 'player-props')).toEqual([['Bukayo Saka', ['Bukayo Saka to score 1+ goal']]])
    expect(titles(view, '1st-half')).toEqual([['1st half', ['Arsenal FC vs. Chelsea FC: 1H O/U 0.5']]])
    expect(titles(view, 'more-markets')).toEqual([[null, ['Arsenal FC vs. Chelsea FC: Both Teams to Score']]])
  })
})

describe('rules sharing sections, keys, and ties', () => {
  const rule = (fields: Partial<CompiledDisplayRule> & Pick<CompiledDisplayRule, 'marketKind' | 'section' | 'sectionOrder'>): CompiledDisplayRule => ({
    sportSlug: 'nfl', upstreamTypes: [], titleTemplate: '{title}', subtitleTemplate: null, sort: 'upstream', groupBy: 'none', ...fields,
  })

  it('keys a section by its title without accents or punctuation, and an all-symbol title as "section"', () => {
    const rules = [rule({ marketKind: 'totals', section: '  Über — Totals!! ', sectionOrder: 1 }), rule({ marketKind: 'spreads', section: '¿?', sectionOrder: 2 })]
    const view = page([total('47.5'), spread('Chiefs', '-2.5', 'Bills')], {}, snapshot({ displayRules: rules }))
    expect(view.sections.map((section) => [section.key, section.order])).toEqual([
      ['uber-totals', 1],
      ['section', 2],
    ])
  })

  it('puts lineless markets after the lined ones, and keeps upstream order between equal lines', () => {
    const rules = [rule({ marketKind: 'totals', section: 'Totals', sectionOrder: 1, sort: 'line', titleTemplate: '{line}' })]
    const view = page(
      [{ question: 'No line', sportsMarketType: 'totals', outcomes: ['Over', 'Under'] }, total('49.5'), { ...total('47.5'), question: 'first 47.5' }, { ...total('47.5'), question: 'second 47.5' }],
      {},
      snapshot({ displayRules: rules }),
    )
    expect(view.sections[0]!.groups[0]!.markets.map((market) => market.displayTitle)).toEqual(['47.5', '47.5', '49.5', 'No line'])
    expect(view.sections[0]!.groups[0]!.markets.map((market) => market.line)).toEqual(['47.5', '47.5', '49.5', null])
  })

  it('orders the rules inside one section by their section order, each with its own sort and grouping', () => {
    const rules = [
      rule({ marketKind: 'totals', section: 'Lines', sectionOrder: 5, sort: 'line', titleTemplate: 'total {line}' }),
      rule({ marketKind: 'spreads', section: 'Lines', sectionOrder: 2, sort: 'abs-line', groupBy: 'team', titleTemplate: '{team} {line}' }),
    ]
    const view = page([total('51.5'), total('47.5'), spread('Chiefs', '-6.5', 'Bills'), spread('Bills', '+2.5', 'Chiefs'), spread('Chiefs', '-2.5', 'Bills')], {}, snapshot({ displayRules: rules }))
    expect(view.sections).toHaveLength(1)
    expect(view.sections[0]!.groups.map((group) => [group.title, group.markets.map((market) => market.displayTitle)])).toEqual([
      ['Chiefs', ['Chiefs -2.5', 'Chiefs -6.5']],
      ['Bills', ['Bills +2.5']],
      [null, ['total 47.5', 'total 51.5']],
    ])
  })

  it('ranks a section by the earliest of its kinds in the sport’s order', () => {
    const sports = seedSports()
    sports.nfl = { ...sports.nfl!, marketTypeOrder: ['spreads', 'moneyline', 'totals'] }
    const rules = [
      rule({ marketKind: 'moneyline', section: 'Main', sectionOrder: 1 }),
      rule({ marketKind: 'totals', section: 'Main', sectionOrder: 1 }),
      rule({ marketKind: 'spreads', section: 'Handicaps', sectionOrder: 2 }),
    ]
    const view = page([{ question: 'Chiefs vs. Bills', sportsMarketType: 'moneyline', outcomes: ['Chiefs', 'Bills'] }, total('47.5'), spread('Chiefs', '-2.5', 'Bills')], {}, snapshot({ sports, displayRules: rules }))
    expect(view.sections.map((section) => section.title)).toEqual(['Handicaps', 'Main'])
    const later = seedSports()
    later.nfl = { ...later.nfl!, marketTypeOrder: ['moneyline', 'spreads', 'totals'] }
    expect(page([{ question: 'Chiefs vs. Bills', sportsMarketType: 'moneyline', outcomes: ['Chiefs', 'Bills'] }, total('47.5'), spread('Chiefs', '-2.5', 'Bills')], {}, snapshot({ sports: later, displayRules: rules })).sections.map((section) => section.title)).toEqual(['Main', 'Handicaps'])
  })
})
