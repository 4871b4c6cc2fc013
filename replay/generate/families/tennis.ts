/** Tennis (best of three sets): match winner, first-set winner, set totals, games totals and spread, aces props. */
import type { MarketSpec } from '../market'
import { halfLine, overProbability } from '../odds'
import { moneyline, prop, spread, total, type GameOutcome, type Matchup } from '../matchup'

const ACES = { type: 'aces', label: 'Aces' }

export function tennisFamily(matchup: Matchup): GameOutcome {
  const { rng, first, second } = matchup
  const setProbability = Math.min(0.85, Math.max(0.15, 0.5 + (first.rating - second.rating) * 0.25))
  const sets: Array<[number, number]> = []
  let setsFirst = 0
  let setsSecond = 0
  while (setsFirst < 2 && setsSecond < 2) {
    const firstWins = rng.chance(setProbability)
    const loserGames = rng.pick([0, 1, 2, 3, 3, 4, 4, 5, 6])
    const winnerGames = loserGames >= 5 ? 7 : 6
    sets.push(firstWins ? [winnerGames, loserGames] : [loserGames, winnerGames])
    if (firstWins) setsFirst++
    else setsSecond++
  }
  const gamesFirst = sets.reduce((sum, set) => sum + set[0], 0)
  const gamesSecond = sets.reduce((sum, set) => sum + set[1], 0)
  const matchProbability = setProbability * setProbability * (3 - 2 * setProbability)
  const title = matchup.title

  const markets: MarketSpec[] = [moneyline(matchup, matchProbability, setsFirst > setsSecond)]
  const firstSet = sets[0]!
  markets.push({
    question: `${title}: 1st Set Winner`,
    slug: `${matchup.slug}-first-set-winner`,
    outcomes: [first.short, second.short],
    probability: Math.min(0.95, Math.max(0.05, setProbability + rng.float(-0.02, 0.02))),
    winner: firstSet[0] > firstSet[1] ? 0 : 1,
    groupItemTitle: '1st Set Winner',
    sportsMarketType: 'tennis_first_set_winner',
    volumeScale: 20_000,
  })
  const threeSets = 2 * setProbability * (1 - setProbability)
  markets.push({
    ...total(matchup, 2.5, 2 + threeSets, 0.5, sets.length, { type: 'tennis_set_totals', unit: 'Sets' }),
    probability: Math.min(0.95, Math.max(0.05, threeSets + rng.float(-0.02, 0.02))),
  })
  const expectedGames = 21 + threeSets * 9
  for (const line of [halfLine(expectedGames) - 2, halfLine(expectedGames)]) {
    markets.push(total(matchup, line, expectedGames, 4, gamesFirst + gamesSecond, { unit: 'Games' }))
  }
  const favourite = setProbability >= 0.5 ? first : second
  const favouriteGames = favourite === first ? gamesFirst - gamesSecond : gamesSecond - gamesFirst
  const expectedGameMargin = Math.abs(setProbability - 0.5) * 12
  markets.push(spread(matchup, favourite, -halfLine(expectedGameMargin), expectedGameMargin, 4, favouriteGames))

  for (const side of [first, second]) {
    const mean = 7 + (side.rating + 1) * 2
    const aces = Math.max(0, Math.round(rng.normal(mean * (sets.length / 2.4), 3)))
    const line = halfLine(mean - 0.5)
    markets.push(prop(matchup, side.name, ACES, line, overProbability(mean, 3, line), aces))
  }

  return {
    markets,
    finalScore: `${setsFirst}-${setsSecond}`,
    liveScore: (fraction) => {
      const played = sets.slice(0, Math.floor(fraction * sets.length))
      return `${played.filter((set) => set[0] > set[1]).length}-${played.filter((set) => set[1] > set[0]).length}`
    },
    livePeriod: (fraction) => `S${Math.floor(fraction * sets.length) + 1}`,
    hasProps: true,
  }
}
