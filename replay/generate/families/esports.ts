/** Counter-Strike 2, best of three maps: match winner, map handicap, maps total, rounds odd/even, kills props. */
import type { MarketSpec } from '../market'
import { halfLine, overProbability } from '../odds'
import { moneyline, oddEven, prop, spread, total, type GameOutcome, type Matchup } from '../matchup'
import { playerOf } from '../../data/players'

const KILLS = { type: 'kills', label: 'Kills' }

export function esportsFamily(matchup: Matchup): GameOutcome {
  const { rng, first, second } = matchup
  const mapProbability = Math.min(0.8, Math.max(0.2, 0.5 + (first.rating - second.rating) * 0.2))
  const maps: Array<[number, number]> = []
  let mapsFirst = 0
  let mapsSecond = 0
  while (mapsFirst < 2 && mapsSecond < 2) {
    const firstWins = rng.chance(mapProbability)
    const overtime = rng.chance(0.15)
    const loser = overtime ? 13 + 3 * rng.int(0, 1) : rng.int(2, 11)
    const winner = overtime ? loser + 3 : 13
    maps.push(firstWins ? [winner, loser] : [loser, winner])
    if (firstWins) mapsFirst++
    else mapsSecond++
  }
  const rounds = maps.reduce((sum, map) => sum + map[0] + map[1], 0)
  const matchProbability = mapProbability * mapProbability * (3 - 2 * mapProbability)
  const threeMaps = 2 * mapProbability * (1 - mapProbability)

  const markets: MarketSpec[] = [moneyline(matchup, matchProbability, mapsFirst > mapsSecond)]
  const favourite = mapProbability >= 0.5 ? first : second
  const underdog = favourite === first ? second : first
  const favouriteMaps = favourite === first ? mapsFirst - mapsSecond : mapsSecond - mapsFirst
  const edge = Math.abs(mapProbability - 0.5) * 2
  markets.push(spread(matchup, favourite, -1.5, edge, 1, favouriteMaps, { label: 'Map Handicap' }))
  markets.push(spread(matchup, underdog, 1.5, -edge, 1, -favouriteMaps, { label: 'Map Handicap' }))
  markets.push({
    ...total(matchup, 2.5, 2 + threeMaps, 0.5, maps.length, { unit: 'Maps' }),
    probability: Math.min(0.95, Math.max(0.05, threeMaps + rng.float(-0.02, 0.02))),
  })
  markets.push(oddEven(matchup, 'Rounds', rounds))
  for (const side of [first, second]) {
    const player = playerOf('cs2', side.abbreviation)
    const mean = 16 * 2.4 + side.rating * 3
    const kills = Math.max(0, Math.round(rng.normal((rounds / 2.4 / 21) * mean, 6)))
    const line = halfLine(mean)
    markets.push(prop(matchup, player, KILLS, line, overProbability(mean, 7, line), kills))
  }

  const score = (a: number, b: number) => `${a}-${b}|Bo3`
  return {
    markets,
    finalScore: score(mapsFirst, mapsSecond),
    liveScore: (fraction) => {
      const played = maps.slice(0, Math.floor(fraction * maps.length))
      return score(played.filter((map) => map[0] > map[1]).length, played.filter((map) => map[1] > map[0]).length)
    },
    livePeriod: (fraction) => `M${Math.floor(fraction * maps.length) + 1}`,
    hasProps: true,
  }
}
