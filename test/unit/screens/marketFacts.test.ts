// What a market's upstream fields say about it: line, team and opponent, period, round, outcome, counted unit.
import { describe, expect, it } from 'vitest'

import { marketFacts } from '@/screens/marketFacts'

import { event, market, type MarketInput, snapshot, team } from './fixtures'

const content = snapshot({ teams: {} })
const game = event({ title: 'Lakers vs. Celtics', teams: [team(1, 'Los Angeles Lakers', 'away', { alias: 'Lakers' }), team(2, 'Boston Celtics', 'home', { alias: 'Celtics' })] })
const facts = (input: MarketInput, on = game) => marketFacts(market(input), on, content)

describe('market facts', () => {
  it('read the period from the type, or from a code in the question', () => {
    expect(facts({ question: 'x', sportsMarketType: 'first_half_moneyline' }).period).toBe('1st half')
    expect(facts({ question: 'x', sportsMarketType: 'first_period_totals' }).period).toBe('1st period')
    expect(facts({ question: 'x', sportsMarketType: 'first_quarter_spreads' }).period).toBe('1st quarter')
    expect(facts({ question: 'x', sportsMarketType: 'tennis_first_set_winner' }).period).toBe('Set 1')
    expect(facts({ question: 'Lakers vs. Celtics: 2Q O/U 55.5', sportsMarketType: 'totals' }).period).toBe('2nd quarter')
    expect(facts({ question: '3P Rangers vs. Bruins', sportsMarketType: 'totals' }).period).toBe('3rd period')
    expect(facts({ question: 'Lakers vs. Celtics: 9X O/U 1.5', sportsMarketType: 'totals' }).period).toBeNull()
    expect(facts({ question: 'Lakers 1Hmm', sportsMarketType: 'totals' }).period).toBeNull()
    expect(facts({ question: 'x', sportsMarketType: 'moneyline' }).period).toBeNull()
    expect(facts({ question: 'x' }).period).toBeNull()
  })

  it('name the period by the market’s sport’s vocabulary when the code does not name a unit', () => {
    const withSport = (input: MarketInput, sport: string | null) => marketFacts(market(input), game, snapshot({ teams: {} }), sport)
    expect(withSport({ question: 'x', sportsMarketType: 'first_period_totals' }, 'nhl').period).toBe('1st period')
    expect(withSport({ question: 'x', sportsMarketType: 'first_period_totals' }, 'epl').period).toBe('1st half')
    expect(withSport({ question: 'x', sportsMarketType: 'first_half_spreads' }, 'nba').period).toBe('1st half')
    expect(withSport({ question: 'Chiefs vs. Bills: 2P O/U 10.5' }, 'nfl').period).toBe('2nd quarter')
    expect(withSport({ question: 'Chiefs vs. Bills: 2P O/U 10.5' }, 'no-such-sport').period).toBe('2nd period')
  })

  it('read the set a tennis market is about, by number, ordinal or word, from the question or the item title', () => {
    expect(facts({ question: 'Sinner vs. Alcaraz: Set 3 Winner', sportsMarketType: 'tennis_set_winner' })).toMatchObject({ set: '3', period: 'Set 3' })
    expect(facts({ question: 'Sinner vs. Alcaraz: 2nd Set Winner', sportsMarketType: 'tennis_set_winner' })).toMatchObject({ set: '2', period: 'Set 2' })
    expect(facts({ question: 'Who wins the Fourth Set?', sportsMarketType: 'tennis_set_winner' }).set).toBe('4')
    expect(facts({ question: 'Sinner vs. Alcaraz', groupItemTitle: 'Set 05', sportsMarketType: 'tennis_set_winner' }).set).toBe('5')
    expect(facts({ question: 'Sinner vs. Alcaraz: 1st Set Winner', sportsMarketType: 'tennis_first_set_winner' }).set).toBe('1')
    expect(facts({ question: 'whatever', sportsMarketType: 'tennis_first_set_winner' }).set).toBe('1')
    expect(facts({ question: 'Sinner vs. Alcaraz: O/U 3.5 Sets', sportsMarketType: 'tennis_set_totals' })).toMatchObject({ set: null, period: null })
    expect(facts({ question: 'Sinner vs. Alcaraz: Set Winner', sportsMarketType: 'tennis_set_winner' })).toMatchObject({ set: null, period: null })
  })

  it('read a spread’s team and the other one, signed, by any name the team goes by', () => {
    expect(facts({ question: 'Spread: Lakers (-2.5)', sportsMarketType: 'spreads', outcomes: ['Lakers', 'Celtics'] })).toMatchObject({ team: 'Lakers', opponent: 'Celtics', signed: true, side: 'Lakers', line: expect.anything() })
    expect(facts({ question: 'Handicap: Boston Celtics (+1.5)', outcomes: ['Celtics', 'Lakers'] })).toMatchObject({ team: 'Celtics', opponent: 'Lakers', signed: true })
    // A name no team goes by keeps the name, and the other outcome is the opponent.
    expect(facts({ question: 'Spread: Heat (-1.5)', sportsMarketType: 'spreads', outcomes: ['Heat', 'Knicks'] })).toMatchObject({ team: 'Heat', opponent: 'Knicks' })
    // Not a spread: the parenthesis alone does not make one.
    expect(facts({ question: 'Winner: Lakers (-2.5)', sportsMarketType: 'moneyline', outcomes: ['Yes', 'No'] })).toMatchObject({ signed: false, team: null })
  })

  it('read a team total’s team, a yes/no moneyline’s team, and no team for a draw', () => {
    expect(facts({ question: 'Lakers Team Total O/U 110.5', sportsMarketType: 'team_totals', outcomes: ['Over', 'Under'] })).toMatchObject({ team: 'Lakers', opponent: 'Celtics', signed: false, side: 'Over' })
    expect(facts({ question: 'Will the Celtics win?', groupItemTitle: ' Celtics ', sportsMarketType: 'moneyline' })).toMatchObject({ yesNo: true, team: 'Celtics', opponent: 'Lakers', outcome: 'Celtics' })
    expect(facts({ question: 'Draw?', groupItemTitle: 'Draw (Lakers vs. Celtics)', sportsMarketType: 'moneyline' })).toMatchObject({ yesNo: true, team: null, opponent: null, outcome: 'Draw' })
    expect(facts({ question: 'Lakers vs. Celtics', sportsMarketType: 'moneyline', outcomes: ['Lakers', 'Celtics'] })).toMatchObject({ yesNo: false, team: 'Lakers', opponent: 'Celtics', outcome: 'Lakers' })
    expect(facts({ question: 'Who wins?', sportsMarketType: 'moneyline', outcomes: ['A', 'B', 'C'] })).toMatchObject({ team: null, opponent: null })
    expect(facts({ question: 'Will it rain?', groupItemTitle: 'Rain', sportsMarketType: 'weather' })).toMatchObject({ yesNo: true, team: null, outcome: 'Rain' })
    expect(facts({ question: 'Will it rain?', outcomes: ['YES', 'NO'] })).toMatchObject({ yesNo: true, outcome: null })
  })

  it('read home and away from the event’s teams, else from its names', () => {
    expect(facts({ question: 'x' })).toMatchObject({ home: 'Celtics', away: 'Lakers' })
    const named = event({ title: 'A vs. B', homeTeamName: 'Home FC', awayTeamName: 'Away FC' })
    expect(facts({ question: 'x' }, named)).toMatchObject({ home: 'Home FC', away: 'Away FC' })
    expect(facts({ question: 'x' }, event({ title: 'A vs. B' }))).toMatchObject({ home: null, away: null })
  })

  it('read the round from the question or the item, what an odd/even counts, and a total’s unit', () => {
    expect(facts({ question: 'Fight to end in Round 3?' }).round).toBe('3')
    expect(facts({ question: 'Method of victory', groupItemTitle: 'Round 2 KO' }).round).toBe('2')
    expect(facts({ question: 'Around 5 rounds' }).round).toBeNull()
    expect(facts({ question: 'Lakers vs. Celtics: Total Points Odd/Even', outcomes: ['Odd', 'Even'] }).counted).toBe('points')
    expect(facts({ question: 'Sinner vs. Alcaraz: O/U 3.5 Sets', outcomes: ['Over', 'Under'] })).toMatchObject({ unit: 'sets', line: expect.anything() })
    expect(facts({ question: 'Lakers vs. Celtics: O/U 220.5', outcomes: ['Over', 'Under'] })).toMatchObject({ unit: null, counted: null })
  })

  it('read the line from the upstream field first, else from the question, and none from a non-number', () => {
    expect(facts({ question: 'Spread: Lakers (-2.5)', line: '-3.5' }).line?.toString()).toBe('-3.5')
    expect(facts({ question: 'Spread: Lakers (-2.5)' }).line?.toString()).toBe('-2.5')
    expect(facts({ question: 'Lakers vs. Celtics: O/U 220.5' }).line?.toString()).toBe('220.5')
    expect(facts({ question: 'Who wins?' }).line).toBeNull()
  })
})
