/**
 * Association football (Premier League, World Cup): the 1X2 market is three Yes/No markets sharing
 * `sportsMarketType: moneyline`, plus spreads, totals, both-teams-to-score, goalscorer props and a first-half total.
 */
import { plainDate } from '../../dates'
import { playerOf } from '../../data/players'
import type { MarketSpec } from '../market'
import { halfLine, poissonOver, soccerOdds } from '../odds'
import { partialScore, prop, spread, total, yesNo, type GameOutcome, type Matchup } from '../matchup'

const GOALS = { type: 'goals', label: 'Goals' }

export function soccerFamily(matchup: Matchup): GameOutcome {
  const { rng, first, second } = matchup
  const edge = (first.rating - second.rating) * 0.9 + (matchup.firstIsHome ? 0.15 : -0.15)
  const meanFirst = Math.max(0.3, 1.35 + edge / 2)
  const meanSecond = Math.max(0.3, 1.35 - edge / 2)
  const a = rng.poisson(meanFirst)
  const b = rng.poisson(meanSecond)
  const halfA = Math.round(a * rng.float(0.3, 0.6))
  const halfB = Math.round(b * rng.float(0.3, 0.6))
  const odds = soccerOdds(meanFirst, meanSecond)
  const day = plainDate(matchup.start)
  const fullTitle = `${first.name} vs. ${second.name}`

  const markets: MarketSpec[] = [
    yesNo(matchup, `Will ${first.name} win on ${day}?`, first.abbreviation, odds.a, a > b, {
      type: 'moneyline',
      groupItemTitle: first.name,
      volumeScale: 300_000,
      negRisk: true,
    }),
    yesNo(matchup, `Will ${fullTitle} end in a draw?`, 'draw', odds.draw, a === b, {
      type: 'moneyline',
      groupItemTitle: `Draw (${fullTitle})`,
      volumeScale: 150_000,
      negRisk: true,
    }),
    yesNo(matchup, `Will ${second.name} win on ${day}?`, second.abbreviation, odds.b, b > a, {
      type: 'moneyline',
      groupItemTitle: second.name,
      volumeScale: 300_000,
      negRisk: true,
    }),
  ]

  const favourite = edge >= 0 ? first : second
  const underdog = favourite === first ? second : first
  const favouriteMargin = favourite === first ? a - b : b - a
  const deviation = Math.sqrt(meanFirst + meanSecond)
  markets.push(spread(matchup, favourite, -1.5, Math.abs(edge), deviation, favouriteMargin))
  markets.push(spread(matchup, underdog, 1.5, -Math.abs(edge), deviation, -favouriteMargin))

  const expectedTotal = meanFirst + meanSecond
  for (const line of [1.5, 2.5, 3.5]) {
    const market = total(matchup, line, expectedTotal, deviation, a + b)
    market.probability = Math.min(0.97, Math.max(0.03, poissonOver(expectedTotal, line) + rng.float(-0.02, 0.02)))
    markets.push(market)
  }
  const bothScore = (1 - Math.exp(-meanFirst)) * (1 - Math.exp(-meanSecond))
  markets.push(
    yesNo(matchup, `${matchup.title}: Both Teams to Score`, 'btts', bothScore, a > 0 && b > 0, {
      type: 'btts',
      groupItemTitle: 'Both Teams to Score',
    }),
  )
  const firstHalf = total(matchup, halfLine(expectedTotal / 2 - 0.5), expectedTotal / 2, Math.sqrt(expectedTotal / 2), halfA + halfB, {
    label: '1H',
    type: 'first_half_totals',
  })
  markets.push(firstHalf)

  for (const [side, teamGoals] of [[first, a], [second, b]] as const) {
    const player = playerOf(side.wire.league, side.abbreviation)
    // A striker scores about a third of his side's goals.
    let scored = 0
    for (let goal = 0; goal < teamGoals; goal++) if (rng.chance(0.35)) scored++
    const mean = (side === first ? meanFirst : meanSecond) * 0.35
    markets.push(prop(matchup, player, GOALS, 0.5, poissonOver(mean, 0.5), scored))
  }

  return {
    markets,
    finalScore: `${a}-${b}`,
    liveScore: (fraction) =>
      fraction < 0.5
        ? partialScore(halfA, halfB, fraction * 2)
        : `${halfA + Math.floor((a - halfA) * (fraction * 2 - 1))}-${halfB + Math.floor((b - halfB) * (fraction * 2 - 1))}`,
    spreadsMainLine: -1.5,
    totalsMainLine: 2.5,
    hasProps: true,
  }
}
