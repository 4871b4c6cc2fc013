// The display contract: titles, subtitles and categories from the seed display rules and props vocabulary.
import { describe, expect, it } from 'vitest'

import type { CompiledDisplayRule } from '@/content/types'
import { SEED_PROPS } from '@/seed/vocabulary'
import { displayMarket } from '@/screens/display'
import { displayMarketSchema } from '@/screens/schemas'

import { event, leagueTeam, market, type MarketInput, snapshot, sportTags } from './fixtures'

const content = snapshot()

function nbaGame(markets: MarketInput[]) {
  return event({
    title: 'Lakers vs. Celtics',
    tagIds: sportTags('nba'),
    teams: [leagueTeam('nba', 0, 'away'), leagueTeam('nba', 1, 'home')],
    markets,
  })
}

const prop = (player: string, label: string, type: string, line: string) =>
  market({ question: `${player}: ${label} O/U ${line}`, groupItemTitle: player, sportsMarketType: type, line, outcomes: ['Over', 'Under'] })

function show(input: MarketInput, sport: string | null = 'nba', game = nbaGame([])) {
  const view = displayMarket(market(input), game, content, sport)
  expect(displayMarketSchema.parse(view)).toEqual(view)
  return view
}

describe('player props', () => {
  it('titles NBA points with the threshold and plural unit', () => {
    const view = show(prop('LeBron James', 'Points', 'points', '25.5'))
    expect(view.displayTitle).toBe('LeBron James to score 26+ points')
    expect(view.displaySubtitle).toBe('Points')
    expect(view.category).toBe('player_props')
    expect(view.line).toBe('25.5')
  })

  it('takes the singular unit at a 0.5 line', () => {
    expect(show(prop('LeBron James', 'Points', 'points', '0.5')).displayTitle).toBe('LeBron James to score 1+ point')
  })

  it('uses each sport’s verb: NFL passing yards, tennis aces', () => {
    expect(show(prop('Patrick Mahomes', 'Passing Yards', 'passing_yards', '299.5'), 'nfl').displayTitle).toBe('Patrick Mahomes to throw for 300+ passing yards')
    expect(show(prop('Jannik Sinner', 'Aces', 'aces', '9.5'), 'atp').displayTitle).toBe('Jannik Sinner to serve 10+ aces')
  })

  it.each(Object.entries(SEED_PROPS).flatMap(([sport, props]) => props.map((entry) => [sport, entry] as const)))('%s %o', (sport, entry) => {
    const plural = show(prop('Some Player', entry.statLabel, entry.stat, '9.5'), sport)
    expect(plural.displayTitle).toBe(`Some Player to ${entry.verb} 10+ ${entry.unitPlural}`)
    expect(plural.displaySubtitle).toBe(entry.statLabel)
    expect(show(prop('Some Player', entry.statLabel, entry.stat, '0.5'), sport).displayTitle).toBe(`Some Player to ${entry.verb} 1+ ${entry.unitSingular}`)
  })

  it('falls back to "record" and the stat derived from the type when nobody configured the stat', () => {
    expect(show(prop('Patrick Mahomes', 'Passing Yards', 'passing_yards', '299.5'), 'nba').displayTitle).toBe('Patrick Mahomes to record 300+ passing yards')
    expect(show(prop('Jalen Brunson', 'Steals', 'steals', '0.5'), null).displayTitle).toBe('Jalen Brunson to record 1+ steal')
  })

  it('prefers the vocabulary’s own template over the rule’s', () => {
    const custom = snapshot({ props: [{ sportSlug: 'nba', stat: 'points', statLabel: 'Points', verb: 'score', unitSingular: 'point', unitPlural: 'points', titleTemplate: '{player}: {threshold}+ {unit}' }] })
    const view = displayMarket(prop('LeBron James', 'Points', 'points', '25.5'), nbaGame([]), custom, 'nba')
    expect(view.displayTitle).toBe('LeBron James: 26+ points')
  })
})

describe('game markets', () => {
  it('titles spreads with the team and signed line', () => {
    const chiefs = show({ question: 'Spread: Lakers (-2.5)', sportsMarketType: 'spreads', line: '-2.5', outcomes: ['Lakers', 'Celtics'] })
    expect(chiefs).toMatchObject({ displayTitle: 'Lakers -2.5', displaySubtitle: 'Spread', category: 'spreads', line: '-2.5' })
    expect(show({ question: 'Spread: Celtics (+2.5)', sportsMarketType: 'spreads', line: '2.5', outcomes: ['Celtics', 'Lakers'] }).displayTitle).toBe('Celtics +2.5')
  })

  it('reads the spread line from the question when the upstream sent no line', () => {
    expect(show({ question: 'Spread: Celtics (-4.5)', sportsMarketType: 'spreads', outcomes: ['Celtics', 'Lakers'] })).toMatchObject({ displayTitle: 'Celtics -4.5', line: '-4.5' })
  })

  it('titles totals, team totals and odd/even', () => {
    expect(show({ question: 'Lakers vs. Celtics: O/U 224.5', sportsMarketType: 'totals', line: '224.5', outcomes: ['Over', 'Under'] })).toMatchObject({ displayTitle: 'Over/Under 224.5', category: 'totals' })
    expect(show({ question: 'Lakers Team Total: O/U 112.5', sportsMarketType: 'team_totals', line: '112.5', outcomes: ['Over', 'Under'] }).displayTitle).toBe('Lakers Over/Under 112.5')
    expect(show({ question: 'Lakers vs. Celtics: Total Points Odd/Even', sportsMarketType: 'odd_even', outcomes: ['Odd', 'Even'] })).toMatchObject({ displayTitle: 'Total points: odd or even', category: 'odd_even' })
  })

  it('titles the moneyline with the event title', () => {
    expect(show({ question: 'Lakers vs. Celtics', sportsMarketType: 'moneyline', outcomes: ['Lakers', 'Celtics'] })).toMatchObject({ displayTitle: 'Lakers vs. Celtics', displaySubtitle: 'Winner', category: 'moneyline' })
  })

  it('fills the period of first-half markets', () => {
    expect(show({ question: '1H Spread: Lakers (-1.5)', sportsMarketType: 'first_half_spreads', line: '-1.5', outcomes: ['Lakers', 'Celtics'] })).toMatchObject({ displaySubtitle: '1st half', category: 'first_half' })
  })

  it('titles each set’s winner market by its set, read from the question', () => {
    const tennis = event({ title: 'Sinner vs. Alcaraz', tagIds: sportTags('atp'), teams: [leagueTeam('atp', 0, 'home'), leagueTeam('atp', 1, 'away')] })
    for (const set of [1, 2, 3, 4, 5]) {
      const view = show({ question: `Sinner vs. Alcaraz: Set ${set} Winner`, sportsMarketType: 'tennis_set_winner', outcomes: ['Sinner', 'Alcaraz'] }, 'atp', tennis)
      expect(view, `set ${set}`).toMatchObject({ displayTitle: `Set ${set} winner`, displaySubtitle: 'Sinner vs. Alcaraz', category: 'set_winner' })
    }
    expect(show({ question: 'Sinner vs. Alcaraz: 3rd Set Winner', sportsMarketType: 'tennis_set_winner', outcomes: ['Sinner', 'Alcaraz'] }, 'atp', tennis).displayTitle).toBe('Set 3 winner')
    // No set number to read: the question stands rather than a title without its set.
    expect(show({ question: 'Sinner vs. Alcaraz: Set Winner', sportsMarketType: 'tennis_set_winner', outcomes: ['Sinner', 'Alcaraz'] }, 'atp', tennis)).toMatchObject({ displayTitle: 'Sinner vs. Alcaraz: Set Winner', category: 'set_winner' })
  })

  it('titles tennis first set and UFC markets with home and away names', () => {
    const tennis = event({ title: 'Sinner vs. Alcaraz', tagIds: sportTags('atp'), teams: [leagueTeam('atp', 0, 'home'), leagueTeam('atp', 1, 'away')] })
    expect(show({ question: 'Sinner vs. Alcaraz: 1st Set Winner', sportsMarketType: 'tennis_first_set_winner', outcomes: ['Sinner', 'Alcaraz'] }, 'atp', tennis)).toMatchObject({ displayTitle: '1st set winner', displaySubtitle: 'Sinner vs. Alcaraz', category: 'first_set' })

    const fight = event({ title: 'Topuria vs. Oliveira', tagIds: sportTags('ufc'), teams: [leagueTeam('ufc', 0, 'home'), leagueTeam('ufc', 1, 'away')] })
    expect(show({ question: 'Topuria vs. Oliveira: Will the fight end by KO/TKO?', sportsMarketType: 'ufc_method_of_victory', groupItemTitle: 'KO/TKO' }, 'ufc', fight)).toMatchObject({ displayTitle: 'Fight ends by KO/TKO', displaySubtitle: 'Method of victory', category: 'ufc_method' })
    expect(show({ question: 'Will the fight end in Round 2?', sportsMarketType: 'ufc_round', groupItemTitle: 'Round 2' }, 'ufc', fight)).toMatchObject({ displayTitle: 'Fight ends in round 2', displaySubtitle: 'Round 2', category: 'ufc_round' })
    expect(show({ question: 'Topuria vs. Oliveira: Will the fight go the distance?', sportsMarketType: 'ufc_go_the_distance' }, 'ufc', fight).displayTitle).toBe('Fight goes the distance')
  })
})

describe('rule look-up', () => {
  const rule = (fields: Partial<CompiledDisplayRule> & Pick<CompiledDisplayRule, 'marketKind' | 'titleTemplate'>): CompiledDisplayRule => ({
    sportSlug: null, upstreamTypes: [], subtitleTemplate: null, section: 'S', sectionOrder: 1, sort: 'upstream', groupBy: 'none', ...fields,
  })

  it('prefers the sport’s own rule over the default', () => {
    const content = snapshot({ displayRules: [...snapshot().displayRules, rule({ sportSlug: 'nba', marketKind: 'spreads', titleTemplate: '{team} ({line})' })] })
    const game = nbaGame([])
    const spread = market({ question: 'Spread: Lakers (-2.5)', sportsMarketType: 'spreads', line: '-2.5', outcomes: ['Lakers', 'Celtics'] })
    expect(displayMarket(spread, game, content, 'nba').displayTitle).toBe('Lakers (-2.5)')
    expect(displayMarket(spread, game, content, 'nfl').displayTitle).toBe('Lakers -2.5')
  })

  it('lets a soccer rule title the three 1X2 markets by their outcome', () => {
    const content = snapshot({ displayRules: [...snapshot().displayRules, rule({ sportSlug: 'epl', marketKind: 'moneyline', titleTemplate: '{outcome}', subtitleTemplate: '{title}' })] })
    const game = event({ title: 'Arsenal FC vs. Chelsea FC', tagIds: sportTags('epl'), teams: [leagueTeam('epl', 0, 'home'), leagueTeam('epl', 1, 'away')] })
    const views = [
      { question: 'Will Arsenal FC win on 2026-06-20?', groupItemTitle: 'Arsenal FC' },
      { question: 'Will Arsenal FC vs. Chelsea FC end in a draw?', groupItemTitle: 'Draw (Arsenal FC vs. Chelsea FC)' },
      { question: 'Will Chelsea FC win on 2026-06-20?', groupItemTitle: 'Chelsea FC' },
    ].map((fields) => displayMarket(market({ ...fields, sportsMarketType: 'moneyline' }), game, content, 'epl'))
    expect(views.map((view) => [view.displayTitle, view.displaySubtitle])).toEqual([
      ['Arsenal FC', 'Arsenal FC vs. Chelsea FC'],
      ['Draw', 'Arsenal FC vs. Chelsea FC'],
      ['Chelsea FC', 'Arsenal FC vs. Chelsea FC'],
    ])
  })

  it('fills {player} only for player props: a prop type a rule maps to a game kind falls back to its question', () => {
    const content = snapshot({ displayRules: [...snapshot().displayRules, rule({ sportSlug: 'nba', marketKind: 'totals', upstreamTypes: ['points'], titleTemplate: '{player} total {line}', subtitleTemplate: '{player}' })] })
    const view = displayMarket(prop('LeBron James', 'Points', 'points', '25.5'), nbaGame([]), content, 'nba')
    expect(view).toMatchObject({ displayTitle: 'LeBron James: Points O/U 25.5', displaySubtitle: null, category: 'totals' })
  })

  it('titles a prop by its rule’s templates when the vocabulary has none, and subtitles it by the rule', () => {
    const content = snapshot({
      displayRules: [...snapshot().displayRules, rule({ sportSlug: 'nba', marketKind: 'player_props', upstreamTypes: ['points'], titleTemplate: '{player} {threshold}+', subtitleTemplate: 'Prop: {player}' })],
      props: [{ sportSlug: 'nba', stat: 'points', statLabel: 'Points', verb: 'score', unitSingular: 'point', unitPlural: 'points', titleTemplate: null }],
    })
    const view = displayMarket(prop('LeBron James', 'Points', 'points', '25.5'), nbaGame([]), content, 'nba')
    expect(view).toMatchObject({ displayTitle: 'LeBron James 26+', displaySubtitle: 'Prop: LeBron James', category: 'player_props' })
  })

  it('maps extra upstream types onto a rule’s kind', () => {
    const content = snapshot({ displayRules: [...snapshot().displayRules, rule({ marketKind: 'first_half', upstreamTypes: ['first_period_totals'], titleTemplate: '{period} over/under {line}' })] })
    const view = displayMarket(market({ question: 'Rangers vs. Bruins: 1P O/U 1.5', sportsMarketType: 'first_period_totals', line: '1.5', outcomes: ['Over', 'Under'] }), nbaGame([]), content, 'nhl')
    expect(view).toMatchObject({ displayTitle: '1st period over/under 1.5', category: 'first_half' })
  })
})

describe('fallbacks', () => {
  it('shows an unknown market type as its upstream question', () => {
    const view = show({ question: 'Lakers vs. Celtics: Both Teams to Score 100?', sportsMarketType: 'mystery_type' })
    expect(view).toMatchObject({ displayTitle: 'Lakers vs. Celtics: Both Teams to Score 100?', category: 'other' })
  })

  it('does not take a game total with an unknown type for a player prop', () => {
    const view = show({ question: 'Rangers vs. Bruins: 1P O/U 1.5', sportsMarketType: 'first_period_totals', line: '1.5', outcomes: ['Over', 'Under'] }, 'nhl')
    expect(view).toMatchObject({ displayTitle: 'Rangers vs. Bruins: 1P O/U 1.5', category: 'other' })
  })

  it('shows a market without a type (crypto, finance) as its question', () => {
    const crypto = event({ title: 'Bitcoin Up or Down on June 20?' })
    expect(show({ question: 'Bitcoin Up or Down on June 20?', outcomes: ['Up', 'Down'] }, null, crypto)).toMatchObject({ displayTitle: 'Bitcoin Up or Down on June 20?', category: 'other' })
  })

  it('falls back to the question when a placeholder has no value', () => {
    expect(show({ question: 'Spread (-2.5)', sportsMarketType: 'spreads', line: '-2.5', outcomes: [] }).displayTitle).toBe('Spread (-2.5)')
  })

  it('works with no display rules at all', () => {
    const bare = snapshot({ displayRules: [], props: [] })
    const view = displayMarket(market({ question: 'Spread: Lakers (-2.5)', sportsMarketType: 'spreads', line: '-2.5' }), nbaGame([]), bare, 'nba')
    expect(view).toMatchObject({ displayTitle: 'Spread: Lakers (-2.5)', displaySubtitle: null, category: 'spreads' })
  })

  it('never throws on broken upstream data', () => {
    const broken = market({ question: 'Spread: Lakers (-2.5)', sportsMarketType: 'spreads' })
    Object.defineProperty(broken, 'line', { get: () => { throw new Error('boom') } })
    const view = displayMarket(broken, nbaGame([]), content, 'nba')
    expect(view.displayTitle).toBe('Spread: Lakers (-2.5)')
    expect(displayMarketSchema.parse(view)).toEqual(view)
  })

  it('keeps exact prices in plain notation', () => {
    const view = show({ question: 'Old market', outcomes: ['Yes', 'No'], outcomePrices: ['0.0000005000000000000000000000000000000001', '0.9999994999999999999999999999999999999999'] }, null)
    expect(view.outcomes.map((outcome) => outcome.price)).toEqual(['0.0000005000000000000000000000000000000001', '0.9999994999999999999999999999999999999999'])
  })

  it('shows each outcome’s price in the format asked for, beside the exact price', () => {
    const moneyline = market({ question: 'Lakers vs. Celtics', sportsMarketType: 'moneyline', outcomes: ['Lakers', 'Celtics'], outcomePrices: ['0.62', '0.38'] })
    expect(displayMarket(moneyline, nbaGame([]), content, 'nba').outcomes).toEqual([
      { name: 'Lakers', price: '0.62', displayPrice: '62%' },
      { name: 'Celtics', price: '0.38', displayPrice: '38%' },
    ])
    expect(displayMarket(moneyline, nbaGame([]), content, 'nba', 'american').outcomes.map((outcome) => outcome.displayPrice)).toEqual(['-163', '+163'])
    expect(displayMarket(moneyline, nbaGame([]), content, 'nba', 'decimal').outcomes.map((outcome) => outcome.displayPrice)).toEqual(['1.61', '2.63'])
  })
})
