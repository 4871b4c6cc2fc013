/**
 * Games decided by a points total (basketball, American football, baseball, hockey, rugby, cricket): moneyline,
 * spreads on both sides, totals, team totals, player props, odd/even and, per league, a first-half or
 * first-period market.
 */
import { playerOf } from '../../data/players'
import type { MarketSpec } from '../market'
import { halfLine, overProbability, poissonOver } from '../odds'
import { moneyline, oddEven, partialScore, prop, spread, teamTotal, total, type GameOutcome, type Matchup, type Side } from '../matchup'

interface PropDef {
  /** Index into the team's player list (see data/players.ts). */
  role: number
  type: string
  label: string
  mean: number
  deviation: number
  /** Counting stats (goals, hits, tries, wickets) are Poisson with low lines such as 0.5. */
  poisson?: boolean
  lines?: readonly number[]
}

export interface ScoringLeague {
  /** Mean points per side, and its spread. */
  mean: number
  deviation: number
  /** Goals and runs are counted (Poisson); points are roughly normal. */
  poisson: boolean
  /** How far the rating moves the expected margin. */
  ratingWeight: number
  homeEdge: number
  /** Spread lines relative to the main line (favourite side); the underdog gets the main line mirrored. */
  spreadSteps: readonly number[]
  /** Fixed spread (baseball run line, hockey puck line) instead of a computed one. */
  fixedSpread?: number
  totalSteps: readonly number[]
  teamTotals: boolean
  props: readonly PropDef[]
  /** Which period market: first half spread + total, first period total, or none. */
  period?: 'half' | 'firstPeriod'
  oddEven?: string
  spreadLabel?: string
}

const round1 = (value: number) => Math.round(value * 10) / 10

function simulateSide(league: ScoringLeague, matchup: Matchup, mean: number): number {
  return league.poisson ? matchup.rng.poisson(mean) : Math.max(0, Math.round(matchup.rng.normal(mean, league.deviation)))
}

export function scoringFamily(league: ScoringLeague) {
  return (matchup: Matchup): GameOutcome => {
    const { rng, first, second } = matchup
    const edge = (first.rating - second.rating) * league.ratingWeight + (matchup.firstIsHome ? league.homeEdge : -league.homeEdge)
    const meanFirst = Math.max(0.3, league.mean + edge / 2)
    const meanSecond = Math.max(0.3, league.mean - edge / 2)
    let a = simulateSide(league, matchup, meanFirst)
    let b = simulateSide(league, matchup, meanSecond)
    // Overtime, extra innings, a super over: these leagues always have a winner.
    if (a === b) {
      if (rng.chance(0.5)) a++
      else b++
    }
    const marginDeviation = league.poisson ? Math.sqrt(meanFirst + meanSecond) : league.deviation * Math.SQRT2
    const totalDeviation = marginDeviation
    const expectedTotal = meanFirst + meanSecond
    const margin = a - b

    const markets: MarketSpec[] = [moneyline(matchup, overProbability(edge, marginDeviation, 0), a > b)]

    const favourite: Side = edge >= 0 ? first : second
    const underdog: Side = favourite === first ? second : first
    const favouriteEdge = Math.abs(edge)
    const favouriteMargin = favourite === first ? margin : -margin
    const mainSpread = -(league.fixedSpread ?? halfLine(Math.max(0, favouriteEdge - 0.5)))
    const spreadOptions = league.spreadLabel ? { label: league.spreadLabel } : {}
    for (const step of league.spreadSteps) {
      const line = mainSpread + step
      if (line >= 0) continue
      markets.push(spread(matchup, favourite, line, favouriteEdge, marginDeviation, favouriteMargin, spreadOptions))
    }
    markets.push(spread(matchup, underdog, -mainSpread, -favouriteEdge, marginDeviation, -favouriteMargin, spreadOptions))

    const mainTotal = halfLine(expectedTotal)
    for (const step of league.totalSteps) {
      markets.push(total(matchup, mainTotal + step, expectedTotal, totalDeviation, a + b))
    }
    if (league.teamTotals) {
      for (const [side, mean, actual] of [[first, meanFirst, a], [second, meanSecond, b]] as const) {
        const deviation = league.poisson ? Math.sqrt(mean) : league.deviation
        markets.push(teamTotal(matchup, side, halfLine(mean), mean, deviation, actual))
      }
    }

    if (league.period === 'half') {
      const halfA = Math.round(a * rng.float(0.4, 0.6))
      const halfB = Math.round(b * rng.float(0.4, 0.6))
      const halfLineValue = -halfLine(Math.max(0, favouriteEdge / 2 - 0.5))
      const halfMargin = favourite === first ? halfA - halfB : halfB - halfA
      markets.push(
        spread(matchup, favourite, halfLineValue, favouriteEdge / 2, marginDeviation / Math.SQRT2, halfMargin, {
          prefix: '1H ',
          type: 'first_half_spreads',
        }),
      )
      markets.push(
        total(matchup, halfLine(expectedTotal / 2), expectedTotal / 2, totalDeviation / Math.SQRT2, halfA + halfB, {
          label: '1H',
          type: 'first_half_totals',
        }),
      )
    } else if (league.period === 'firstPeriod') {
      let firstPeriodGoals = 0
      for (let goal = 0; goal < a + b; goal++) if (rng.chance(0.32)) firstPeriodGoals++
      markets.push(
        total(matchup, 1.5, expectedTotal / 3, Math.sqrt(expectedTotal / 3), firstPeriodGoals, {
          label: '1P',
          type: 'first_period_totals',
        }),
      )
    }
    if (league.oddEven) markets.push(oddEven(matchup, league.oddEven, a + b))

    let hasProps = false
    // Props for roughly two games in three, as the upstream lists them only for featured games.
    if (league.props.length > 0 && rng.chance(0.7)) {
      hasProps = true
      for (const [index, def] of league.props.entries()) {
        const side = index % 2 === 0 ? first : second
        const player = playerOf(side.wire.league, side.abbreviation, def.role)
        const actual = def.poisson ? rng.poisson(def.mean) : Math.max(0, Math.round(rng.normal(def.mean, def.deviation)))
        const lines = def.lines ?? [halfLine(def.mean + rng.float(-0.6 * def.deviation, 0.4 * def.deviation))]
        for (const line of lines) {
          const probabilityOver = def.poisson ? poissonOver(def.mean, line) : overProbability(def.mean, def.deviation, line)
          markets.push(prop(matchup, player, def, round1(line), probabilityOver, actual))
        }
      }
    }

    return {
      markets,
      finalScore: `${a}-${b}`,
      liveScore: (fraction) => partialScore(a, b, fraction),
      spreadsMainLine: mainSpread,
      totalsMainLine: mainTotal,
      hasProps,
    }
  }
}
