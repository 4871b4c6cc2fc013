/**
 * League games around the reference time (ten days either side): every league has games settled, at least one
 * later on the reference day ("ends today" in demos), and a few leagues have one live at the reference instant.
 */
import { REPLAY_TEAMS, sportByCode, type ReplayLeague } from '../data/catalog'
import type { BuiltEvent } from './event'
import { esportsFamily } from './families/esports'
import { scoringFamily, type ScoringLeague } from './families/scoring'
import { soccerFamily } from './families/soccer'
import { tennisFamily } from './families/tennis'
import { ufcFamily } from './families/ufc'
import { buildGame, sideOf } from './game'
import { REFERENCE, type IdSource } from './market'
import type { SportFamily } from './matchup'
import { leagueTeam } from './taxonomy'

const NBA: ScoringLeague = {
  mean: 113, deviation: 11, poisson: false, ratingWeight: 5, homeEdge: 2.5, spreadSteps: [-2, 0, 2], totalSteps: [-3, 0, 3],
  teamTotals: true, period: 'half', oddEven: 'Points',
  props: [
    { role: 0, type: 'points', label: 'Points', mean: 26, deviation: 7 },
    { role: 0, type: 'rebounds', label: 'Rebounds', mean: 8, deviation: 3 },
    { role: 1, type: 'assists', label: 'Assists', mean: 6, deviation: 2.5 },
    { role: 1, type: 'points', label: 'Points', mean: 21, deviation: 6 },
  ],
}

const NFL: ScoringLeague = {
  mean: 23, deviation: 9, poisson: false, ratingWeight: 4.5, homeEdge: 1.5, spreadSteps: [-3, 0, 3], totalSteps: [-3, 0, 3],
  teamTotals: true, period: 'half', oddEven: 'Points',
  props: [
    { role: 0, type: 'passing_yards', label: 'Passing Yards', mean: 250, deviation: 55 },
    { role: 1, type: 'rushing_yards', label: 'Rushing Yards', mean: 72, deviation: 25 },
    { role: 2, type: 'receiving_yards', label: 'Receiving Yards', mean: 68, deviation: 24 },
    { role: 0, type: 'passing_yards', label: 'Passing Yards', mean: 240, deviation: 55 },
  ],
}

const MLB: ScoringLeague = {
  mean: 4.4, deviation: 2.5, poisson: true, ratingWeight: 1.2, homeEdge: 0.2, spreadSteps: [0], fixedSpread: 1.5,
  totalSteps: [-1, 0, 1], teamTotals: false, oddEven: 'Runs',
  props: [
    { role: 0, type: 'strikeouts', label: 'Strikeouts', mean: 6.5, deviation: 2 },
    { role: 1, type: 'hits', label: 'Hits', mean: 1.1, deviation: 1, poisson: true, lines: [0.5, 1.5] },
  ],
}

const NHL: ScoringLeague = {
  mean: 3.1, deviation: 1.7, poisson: true, ratingWeight: 0.8, homeEdge: 0.15, spreadSteps: [0], fixedSpread: 1.5,
  totalSteps: [-1, 0], teamTotals: false, period: 'firstPeriod', oddEven: 'Goals', spreadLabel: 'Puck Line',
  props: [
    { role: 0, type: 'goals', label: 'Goals', mean: 0.55, deviation: 0.7, poisson: true, lines: [0.5] },
    { role: 0, type: 'shots_on_goal', label: 'Shots on Goal', mean: 3.4, deviation: 1.8, poisson: true, lines: [2.5, 3.5] },
    { role: 1, type: 'saves', label: 'Saves', mean: 27, deviation: 5 },
  ],
}

const URC: ScoringLeague = {
  mean: 26, deviation: 9, poisson: false, ratingWeight: 6, homeEdge: 2, spreadSteps: [-4, 0, 4], totalSteps: [-5, 0, 5],
  teamTotals: false, period: 'half',
  props: [{ role: 0, type: 'tries', label: 'Tries', mean: 0.6, deviation: 0.8, poisson: true, lines: [0.5, 1.5] }],
}

const IPL: ScoringLeague = {
  mean: 182, deviation: 24, poisson: false, ratingWeight: 12, homeEdge: 3, spreadSteps: [0], totalSteps: [-10, 0, 10],
  teamTotals: true, oddEven: 'Runs', spreadLabel: 'Run Line',
  props: [
    { role: 0, type: 'runs', label: 'Runs', mean: 32, deviation: 18 },
    { role: 1, type: 'wickets', label: 'Wickets', mean: 1.3, deviation: 1.1, poisson: true, lines: [0.5, 1.5] },
  ],
}

interface Schedule {
  family: SportFamily
  /** Days from the reference day, one game each. */
  days: readonly number[]
  /** Kick-off times (UTC `HH:MM`), used in turn. */
  times: readonly string[]
  /** The first game on the reference day starts this many minutes before the reference instant (live). */
  liveAtReference?: number
  fullNames?: boolean
  /** Pairs of team indexes to use instead of the rotation (fight cards). */
  pairs?: ReadonlyArray<readonly [number, number]>
}

const DAYS = [-9, -7, -5, -4, -3, -2, -1, 0, 0, 1, 2, 3, 5, 7, 9]

const SCHEDULES: Record<Exclude<ReplayLeague, never>, Schedule> = {
  nba: { family: scoringFamily(NBA), days: DAYS, times: ['00:30', '23:00', '02:00'] },
  nfl: { family: scoringFamily(NFL), days: DAYS.slice(2), times: ['17:00', '20:25', '00:20'] },
  mlb: { family: scoringFamily(MLB), days: DAYS, times: ['23:10', '17:05', '20:10'] },
  nhl: { family: scoringFamily(NHL), days: DAYS.slice(1), times: ['23:00', '00:00'] },
  epl: { family: soccerFamily, days: DAYS.slice(3), times: ['14:00', '16:30', '19:00'], fullNames: true },
  atp: { family: tennisFamily, days: DAYS, times: ['13:00', '11:00', '15:30'], liveAtReference: 55 },
  ufc: {
    family: ufcFamily(3),
    days: [-7, -7, -7, 0, 0, 0, 7, 7, 7],
    times: ['02:00', '02:30', '03:00'],
    pairs: [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9], [10, 11], [0, 3], [1, 2], [4, 6]],
  },
  ipl: { family: scoringFamily(IPL), days: DAYS.slice(2), times: ['14:00', '10:00'] },
  cs2: { family: esportsFamily, days: DAYS, times: ['16:00', '19:00', '11:00'], liveAtReference: 40 },
  urc: { family: scoringFamily(URC), days: DAYS.slice(4), times: ['17:30', '19:35'] },
}

function kickoff(day: number, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return new Date(Date.UTC(REFERENCE.getUTCFullYear(), REFERENCE.getUTCMonth(), REFERENCE.getUTCDate() + day, hours, minutes))
}

export function leagueGames(ids: IdSource): BuiltEvent[] {
  const events: BuiltEvent[] = []
  for (const [league, schedule] of Object.entries(SCHEDULES) as Array<[ReplayLeague, Schedule]>) {
    const sport = sportByCode(league)
    const roster = REPLAY_TEAMS[league]
    const size = roster.length
    let liveUsed = false
    schedule.days.forEach((day, index) => {
      // A rotation that never pairs a team with itself: the opponent is 1..size-1 places along.
      const [homeIndex, awayIndex] = schedule.pairs?.[index] ?? [index % size, (index + 1 + ((index * 3) % (size - 1))) % size]
      const home = roster[homeIndex]!
      const away = roster[awayIndex]!
      let start = kickoff(day, schedule.times[index % schedule.times.length]!)
      if (day === 0 && schedule.liveAtReference !== undefined && !liveUsed) {
        start = new Date(REFERENCE.getTime() - schedule.liveAtReference * 60_000)
        liveUsed = true
      }
      events.push(
        buildGame(ids, {
          sport,
          home: sideOf(leagueTeam(home), home.shortName),
          away: sideOf(leagueTeam(away), away.shortName),
          start,
          family: schedule.family,
          ...(schedule.fullNames ? { fullNames: true } : {}),
          ...(league === 'ufc' ? { note: `UFC Fight Night, ${start.toISOString().slice(0, 10)}.` } : {}),
        }),
      )
    })
  }
  return events
}
