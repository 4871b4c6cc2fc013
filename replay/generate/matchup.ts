/** One scheduled game between two sides, and the market shapes every sport shares (moneyline, spreads, totals, props). */
import type { ReplaySport } from '../data/catalog'
import type { WireTeam } from '../wire'
import type { MarketSpec } from './market'
import { lineSlug, overProbability, quote, signedLine, slugify } from './odds'
import type { Rng } from './prng'

export interface Side {
  wire: WireTeam
  id: number
  name: string
  /** The name titles and outcomes use ("Mets", "Sinner", "Argentina"). */
  short: string
  abbreviation: string
  /** Hidden strength in [-1, 1]; drives favourites and simulated results. */
  rating: number
}

export interface Matchup {
  sport: ReplaySport
  /** In title order: `first vs. second`. */
  first: Side
  second: Side
  firstIsHome: boolean
  start: Date
  slug: string
  title: string
  rng: Rng
  /** One extra description sentence (the World Cup group, the fight card). */
  note?: string
}

/** What a sport family decides for a game: its markets (with results) and how its score reads. */
export interface GameOutcome {
  markets: MarketSpec[]
  /** `first-second`, in title order. */
  finalScore: string
  /** The score shown while the game is live, `fraction` of the way through. */
  liveScore: (fraction: number) => string
  /** The period code while live, when the sport counts periods by result (sets, maps) rather than by clock. */
  livePeriod?: (fraction: number) => string
  spreadsMainLine?: number
  totalsMainLine?: number
  hasProps: boolean
}

export type SportFamily = (matchup: Matchup) => GameOutcome

export function moneyline(matchup: Matchup, probabilityFirst: number, firstWins: boolean): MarketSpec {
  return {
    question: matchup.title,
    slug: matchup.slug,
    outcomes: [matchup.first.short, matchup.second.short],
    probability: quote(probabilityFirst, matchup.rng.float(-0.02, 0.02)),
    winner: firstWins ? 0 : 1,
    groupItemTitle: matchup.title,
    sportsMarketType: 'moneyline',
    volumeScale: 250_000,
  }
}

/**
 * A spread market for `side` at `line` (negative: the side gives points). `margin` is side's expected margin
 * and `deviation` its spread; `actualMargin` the simulated one.
 */
export function spread(
  matchup: Matchup,
  side: Side,
  line: number,
  expectedMargin: number,
  deviation: number,
  actualMargin: number,
  options: { prefix?: string; type?: string; label?: string } = {},
): MarketSpec {
  const other = side === matchup.first ? matchup.second : matchup.first
  const prefix = options.prefix ?? ''
  const where = side.id === (matchup.firstIsHome ? matchup.first.id : matchup.second.id) ? 'home' : 'away'
  return {
    question: `${prefix}${options.label ?? 'Spread'}: ${side.short} (${signedLine(line)})`,
    slug: `${matchup.slug}-${prefix ? `${slugify(prefix)}-` : ''}spread-${where}-${lineSlug(line)}`,
    outcomes: [side.short, other.short],
    probability: quote(overProbability(expectedMargin + line, deviation, 0), matchup.rng.float(-0.02, 0.02)),
    winner: actualMargin + line > 0 ? 0 : 1,
    groupItemTitle: `${side.short} (${signedLine(line)})`,
    sportsMarketType: options.type ?? 'spreads',
    line,
    volumeScale: 60_000,
  }
}

export function total(
  matchup: Matchup,
  line: number,
  expected: number,
  deviation: number,
  actual: number,
  options: { label?: string; type?: string; unit?: string } = {},
): MarketSpec {
  const label = options.label ? `${options.label} ` : ''
  const unit = options.unit ? ` ${options.unit}` : ''
  return {
    question: `${matchup.title}: ${label}O/U ${line}${unit}`,
    slug: `${matchup.slug}-${options.label ? `${slugify(options.label)}-` : ''}total-${lineSlug(line)}`,
    outcomes: ['Over', 'Under'],
    probability: quote(overProbability(expected, deviation, line), matchup.rng.float(-0.02, 0.02)),
    winner: actual > line ? 0 : 1,
    groupItemTitle: `${label}O/U ${line}${unit}`,
    sportsMarketType: options.type ?? 'totals',
    line,
    volumeScale: 40_000,
  }
}

export function teamTotal(matchup: Matchup, side: Side, line: number, expected: number, deviation: number, actual: number): MarketSpec {
  return {
    question: `${side.short} Team Total: O/U ${line}`,
    slug: `${matchup.slug}-${side.abbreviation}-team-total-${lineSlug(line)}`,
    outcomes: ['Over', 'Under'],
    probability: quote(overProbability(expected, deviation, line), matchup.rng.float(-0.02, 0.02)),
    winner: actual > line ? 0 : 1,
    groupItemTitle: `${side.short} O/U ${line}`,
    sportsMarketType: 'team_totals',
    line,
    volumeScale: 15_000,
  }
}

/** A player prop: `LeBron James: Points O/U 25.5`, resolved by the simulated stat value. */
export function prop(
  matchup: Matchup,
  player: string,
  stat: { type: string; label: string },
  line: number,
  probabilityOver: number,
  actual: number,
): MarketSpec {
  return {
    question: `${player}: ${stat.label} O/U ${line}`,
    slug: `${matchup.slug}-${slugify(player)}-${stat.type.replace(/_/g, '-')}-${lineSlug(line)}`,
    outcomes: ['Over', 'Under'],
    probability: quote(probabilityOver, matchup.rng.float(-0.03, 0.03)),
    winner: actual > line ? 0 : 1,
    groupItemTitle: player,
    sportsMarketType: stat.type,
    line,
    volumeScale: 8_000,
  }
}

export function oddEven(matchup: Matchup, what: string, actualTotal: number): MarketSpec {
  return {
    question: `${matchup.title}: Total ${what} Odd/Even`,
    slug: `${matchup.slug}-odd-even-total-${slugify(what)}`,
    outcomes: ['Odd', 'Even'],
    probability: quote(0.5, matchup.rng.float(-0.02, 0.02)),
    winner: actualTotal % 2 === 1 ? 0 : 1,
    groupItemTitle: `Total ${what} Odd/Even`,
    sportsMarketType: 'odd_even',
    volumeScale: 5_000,
  }
}

export function yesNo(
  matchup: Matchup,
  question: string,
  slugSuffix: string,
  probabilityYes: number,
  yes: boolean,
  fields: { type: string; groupItemTitle: string; volumeScale?: number; negRisk?: boolean },
): MarketSpec {
  return {
    question,
    slug: `${matchup.slug}-${slugSuffix}`,
    outcomes: ['Yes', 'No'],
    probability: quote(probabilityYes, matchup.rng.float(-0.015, 0.015)),
    winner: yes ? 0 : 1,
    groupItemTitle: fields.groupItemTitle,
    sportsMarketType: fields.type,
    volumeScale: fields.volumeScale ?? 10_000,
    ...(fields.negRisk ? { negRisk: true } : {}),
  }
}

/** A partial score `fraction` of the way through a game that ends `a-b`. */
export function partialScore(a: number, b: number, fraction: number): string {
  return `${Math.floor(a * fraction)}-${Math.floor(b * fraction)}`
}
