/**
 * The market kinds editors write display rules for, and how an upstream `sportsMarketType` maps onto them.
 * Player-prop stats are open-ended upstream (`points`, `passing_yards`, …): anything that is not a known game
 * market and carries a line on a named player is a prop.
 */
export const MARKET_KINDS = [
  { value: 'moneyline', label: 'Moneyline (winner)' },
  { value: 'spreads', label: 'Spreads (handicap)' },
  { value: 'totals', label: 'Totals (over/under)' },
  { value: 'team_totals', label: 'Team totals' },
  { value: 'player_props', label: 'Player props' },
  { value: 'first_half', label: 'First half / period' },
  { value: 'first_set', label: 'Tennis: 1st set' },
  { value: 'set_winner', label: 'Tennis: set winner (any set)' },
  { value: 'set_totals', label: 'Tennis: set totals' },
  { value: 'ufc_method', label: 'UFC: method of victory' },
  { value: 'ufc_round', label: 'UFC: rounds' },
  { value: 'ufc_distance', label: 'UFC: goes the distance' },
  { value: 'odd_even', label: 'Odd / even' },
  { value: 'other', label: 'Other (fallback)' },
] as const
export type MarketKind = (typeof MARKET_KINDS)[number]['value']

const byUpstreamType: Record<string, MarketKind> = {
  moneyline: 'moneyline',
  spreads: 'spreads',
  totals: 'totals',
  team_totals: 'team_totals',
  first_half_moneyline: 'first_half',
  first_half_spreads: 'first_half',
  first_half_totals: 'first_half',
  tennis_first_set_winner: 'first_set',
  tennis_set_winner: 'set_winner',
  tennis_set_totals: 'set_totals',
  ufc_method_of_victory: 'ufc_method',
  ufc_round: 'ufc_round',
  ufc_go_the_distance: 'ufc_distance',
  odd_even: 'odd_even',
}

/** The display kind of an upstream market; `isProp` says it names a player and a stat line. */
export function marketKindOf(sportsMarketType: string | undefined, isProp: boolean): MarketKind {
  if (sportsMarketType && byUpstreamType[sportsMarketType]) return byUpstreamType[sportsMarketType]
  if (isProp) return 'player_props'
  return 'other'
}
