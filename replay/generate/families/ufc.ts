/** Mixed martial arts: fight winner, method of victory, the round it ends in, going the distance, strikes props. */
import type { MarketSpec } from '../market'
import { halfLine, overProbability } from '../odds'
import { moneyline, prop, yesNo, type GameOutcome, type Matchup } from '../matchup'

const STRIKES = { type: 'significant_strikes', label: 'Significant Strikes' }
const METHODS = [
  { label: 'KO/TKO', slug: 'ko-tko', share: 0.45 },
  { label: 'Submission', slug: 'submission', share: 0.2 },
  { label: 'Decision', slug: 'decision', share: 0.35 },
] as const

/** Title fights go five rounds; the rest three. */
export function ufcFamily(rounds: 3 | 5) {
  return (matchup: Matchup): GameOutcome => {
    const { rng, first, second } = matchup
    const probabilityFirst = Math.min(0.85, Math.max(0.15, 0.5 + (first.rating - second.rating) * 0.3))
    const firstWins = rng.chance(probabilityFirst)
    const roll = rng.next()
    const method = roll < 0.45 ? METHODS[0] : roll < 0.65 ? METHODS[1] : METHODS[2]
    const endRound = method === METHODS[2] ? rounds : rng.int(1, rounds)
    const title = matchup.title

    const markets: MarketSpec[] = [moneyline(matchup, probabilityFirst, firstWins)]
    for (const candidate of METHODS) {
      markets.push(
        yesNo(matchup, `${title}: Will the fight end by ${candidate.label}?`, `method-${candidate.slug}`, candidate.share, candidate === method, {
          type: 'ufc_method_of_victory',
          groupItemTitle: candidate.label,
        }),
      )
    }
    const finishShare = 1 - METHODS[2].share
    for (let round = 1; round <= rounds; round++) {
      markets.push(
        yesNo(matchup, `Will the fight end in Round ${round}?`, `round-${round}`, (finishShare / rounds) * (round === 1 ? 1.4 : 0.9), method !== METHODS[2] && endRound === round, {
          type: 'ufc_round',
          groupItemTitle: `Round ${round}`,
        }),
      )
    }
    markets.push(
      yesNo(matchup, `${title}: Will the fight go the distance?`, 'go-the-distance', METHODS[2].share, method === METHODS[2], {
        type: 'ufc_go_the_distance',
        groupItemTitle: 'Go the Distance',
      }),
    )
    const minutesFought = (endRound - 1) * 5 + (method === METHODS[2] ? 5 : rng.float(0.5, 5))
    for (const side of [first, second]) {
      const perMinute = 4 + (side.rating + 1) * 1.2
      const mean = perMinute * rounds * 5 * 0.6
      const landed = Math.max(0, Math.round(perMinute * minutesFought * rng.float(0.7, 1.2)))
      const line = halfLine(mean)
      markets.push(prop(matchup, side.name, STRIKES, line, overProbability(mean, mean * 0.4, line), landed))
    }

    return {
      markets,
      finalScore: firstWins ? '1-0' : '0-1',
      liveScore: () => '0-0',
      hasProps: true,
    }
  }
}
