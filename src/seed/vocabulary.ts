/** Demo props vocabulary and display rules: how each sport's markets read in the app out of the box. */
import type { ReplaySportCode } from '../../replay/data/catalog'
import type { CompiledProp } from '../content/types'

export type SeedProp = Omit<CompiledProp, 'sportSlug' | 'titleTemplate'>

const prop = (stat: string, statLabel: string, verb: string, unitSingular: string, unitPlural: string): SeedProp => ({ stat, statLabel, verb, unitSingular, unitPlural })

export const SEED_PROPS: Record<ReplaySportCode, SeedProp[]> = {
  nba: [prop('points', 'Points', 'score', 'point', 'points'), prop('rebounds', 'Rebounds', 'grab', 'rebound', 'rebounds'), prop('assists', 'Assists', 'record', 'assist', 'assists')],
  nfl: [
    prop('passing_yards', 'Passing Yards', 'throw for', 'passing yard', 'passing yards'),
    prop('rushing_yards', 'Rushing Yards', 'rush for', 'rushing yard', 'rushing yards'),
    prop('receiving_yards', 'Receiving Yards', 'catch for', 'receiving yard', 'receiving yards'),
  ],
  mlb: [prop('strikeouts', 'Strikeouts', 'record', 'strikeout', 'strikeouts'), prop('hits', 'Hits', 'get', 'hit', 'hits')],
  nhl: [prop('goals', 'Goals', 'score', 'goal', 'goals'), prop('shots_on_goal', 'Shots on Goal', 'take', 'shot on goal', 'shots on goal'), prop('saves', 'Saves', 'make', 'save', 'saves')],
  epl: [prop('goals', 'Goals', 'score', 'goal', 'goals'), prop('shots_on_goal', 'Shots on Target', 'have', 'shot on target', 'shots on target')],
  fifwc: [prop('goals', 'Goals', 'score', 'goal', 'goals'), prop('shots_on_goal', 'Shots on Target', 'have', 'shot on target', 'shots on target')],
  atp: [prop('aces', 'Aces', 'serve', 'ace', 'aces')],
  ufc: [prop('significant_strikes', 'Significant Strikes', 'land', 'significant strike', 'significant strikes')],
  ipl: [prop('runs', 'Runs', 'score', 'run', 'runs'), prop('wickets', 'Wickets', 'take', 'wicket', 'wickets')],
  cs2: [prop('kills', 'Kills', 'get', 'kill', 'kills')],
  urc: [prop('tries', 'Tries', 'score', 'try', 'tries')],
}

export interface SeedRule {
  marketKind: string
  name: string
  titleTemplate: string
  subtitleTemplate?: string
  section: string
  sectionOrder: number
  sort?: 'upstream' | 'abs-line' | 'line' | 'volume'
  groupBy?: 'none' | 'player' | 'team' | 'round' | 'period'
  upstreamTypes?: string[]
}

/** Rules for one sport, over the defaults: soccer's 1X2 is three Yes/No markets titled by their outcome. */
export const SEED_SPORT_RULES: (SeedRule & { sport: string })[] = ['epl', 'fifwc'].map((sport) => ({
  sport,
  marketKind: 'moneyline',
  name: `${sport.toUpperCase()} match result`,
  titleTemplate: '{outcome}',
  subtitleTemplate: 'Match result',
  section: 'Match result',
  sectionOrder: 10,
}))

/** Defaults for every sport (no sport set). */
export const SEED_DISPLAY_RULES: SeedRule[] = [
  { marketKind: 'moneyline', name: 'Moneyline', titleTemplate: '{title}', subtitleTemplate: 'Winner', section: 'Moneyline', sectionOrder: 10 },
  { marketKind: 'spreads', name: 'Spreads', titleTemplate: '{team} {line}', subtitleTemplate: 'Spread', section: 'Spreads', sectionOrder: 20, sort: 'abs-line' },
  { marketKind: 'totals', name: 'Totals', titleTemplate: 'Over/Under {line}', subtitleTemplate: 'Total', section: 'Totals', sectionOrder: 30, sort: 'line' },
  { marketKind: 'team_totals', name: 'Team totals', titleTemplate: '{team} Over/Under {line}', subtitleTemplate: 'Team total', section: 'Team totals', sectionOrder: 35, sort: 'line', groupBy: 'team' },
  { marketKind: 'player_props', name: 'Player props', titleTemplate: '{player} to {verb} {threshold}+ {unit}', subtitleTemplate: '{stat}', section: 'Player props', sectionOrder: 40, sort: 'line', groupBy: 'player' },
  { marketKind: 'first_half', name: 'First half / period', titleTemplate: '{question}', subtitleTemplate: '{period}', section: '1st half', sectionOrder: 50, groupBy: 'period', upstreamTypes: ['first_period_totals'] },
  { marketKind: 'first_set', name: 'Tennis 1st set', titleTemplate: '1st set winner', subtitleTemplate: '{home} vs. {away}', section: '1st set', sectionOrder: 15 },
  { marketKind: 'set_winner', name: 'Tennis set winner', titleTemplate: 'Set {set} winner', subtitleTemplate: '{home} vs. {away}', section: 'Set winner', sectionOrder: 16 },
  { marketKind: 'set_totals', name: 'Tennis set totals', titleTemplate: 'Over/Under {line} sets', subtitleTemplate: 'Total sets', section: 'Sets', sectionOrder: 25, sort: 'line' },
  { marketKind: 'ufc_method', name: 'UFC method of victory', titleTemplate: 'Fight ends by {outcome}', subtitleTemplate: 'Method of victory', section: 'Method of victory', sectionOrder: 15 },
  { marketKind: 'ufc_round', name: 'UFC rounds', titleTemplate: 'Fight ends in round {round}', subtitleTemplate: 'Round {round}', section: 'Rounds', sectionOrder: 25, groupBy: 'round' },
  { marketKind: 'ufc_distance', name: 'UFC goes the distance', titleTemplate: 'Fight goes the distance', section: 'Rounds', sectionOrder: 26 },
  { marketKind: 'odd_even', name: 'Odd/even', titleTemplate: 'Total {stat}: odd or even', subtitleTemplate: 'Odd/Even', section: 'Odd/Even', sectionOrder: 60 },
  { marketKind: 'other', name: 'Other markets', titleTemplate: '{question}', section: 'More markets', sectionOrder: 90 },
]
