/**
 * The 72 World Cup 2026 group matches (12 groups of 4, three matchdays). With the reference time on 20 June,
 * matchday 1 and half of matchday 2 are settled, one match is live and the rest are open.
 */
import { WORLD_CUP_2026, WORLD_CUP_GROUP_LETTERS, sportByCode, type WorldCupTeam } from '../data/catalog'
import type { BuiltEvent } from './event'
import { soccerFamily } from './families/soccer'
import { buildGame, sideOf } from './game'
import type { IdSource } from './market'
import { nationalTeam } from './taxonomy'

/** Team indexes within a group for each matchday, home side first. */
const MATCHDAYS: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [
  [[0, 1], [2, 3]],
  [[0, 2], [3, 1]],
  [[3, 0], [1, 2]],
]

/** Matchday 1 runs 11–16 June and matchday 2 17–22 June (two groups a day), matchday 3 24–27 June (three a day). */
function matchDate(matchday: number, group: number, match: number): Date {
  if (matchday < 2) {
    const day = 11 + matchday * 6 + Math.floor(group / 2)
    const slot = (group % 2) * 2 + match
    return new Date(Date.UTC(2026, 5, day, [11, 16, 19, 22][slot]!, 0))
  }
  // The last round of a group kicks off simultaneously.
  const day = 24 + Math.floor(group / 3)
  return new Date(Date.UTC(2026, 5, day, [16, 19, 22][group % 3]!, 0))
}

export function worldCupMatches(ids: IdSource): BuiltEvent[] {
  const sport = sportByCode('fifwc')
  const events: BuiltEvent[] = []
  WORLD_CUP_GROUP_LETTERS.forEach((letter, group) => {
    const teams: readonly WorldCupTeam[] = WORLD_CUP_2026.groups[letter]
    MATCHDAYS.forEach((pairs, matchday) => {
      pairs.forEach(([homeIndex, awayIndex], match) => {
        const home = teams[homeIndex]!
        const away = teams[awayIndex]!
        const start = matchDate(matchday, group, match)
        events.push(
          buildGame(ids, {
            sport,
            home: sideOf(nationalTeam(home), home.name),
            away: sideOf(nationalTeam(away), away.name),
            start,
            family: soccerFamily,
            fullNames: true,
            note: `FIFA World Cup 2026, Group ${letter}, matchday ${matchday + 1}.`,
          }),
        )
      })
    })
  })
  return events
}

