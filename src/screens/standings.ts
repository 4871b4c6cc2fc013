/** A group table from settled results: 3 points a win, 1 a draw; ties by goal difference, goals scored, name. */
import type { MatchResult } from './match'
import type { TableRow, TeamView } from './schemas'

type Tally = Omit<TableRow, 'position' | 'team' | 'goalDifference'>

export function groupTable(teams: readonly TeamView[], results: readonly MatchResult[]): TableRow[] {
  const tallies = new Map<number, Tally>(teams.map((team) => [team.id, { played: 0, won: 0, drawn: 0, lost: 0, goalsFor: 0, goalsAgainst: 0, points: 0 }]))
  const record = (id: number, scored: number, conceded: number) => {
    const tally = tallies.get(id)
    if (!tally) return
    tally.played++
    tally.goalsFor += scored
    tally.goalsAgainst += conceded
    if (scored > conceded) {
      tally.won++
      tally.points += 3
    } else if (scored === conceded) {
      tally.drawn++
      tally.points += 1
    } else tally.lost++
  }
  for (const result of results) {
    // Only matches between two group members count (not a knockout rematch against an outsider).
    if (!tallies.has(result.homeId) || !tallies.has(result.awayId)) continue
    record(result.homeId, result.homeGoals, result.awayGoals)
    record(result.awayId, result.awayGoals, result.homeGoals)
  }
  return teams
    .map((team) => {
      const tally = tallies.get(team.id)!
      return { team, ...tally, goalDifference: tally.goalsFor - tally.goalsAgainst }
    })
    .sort((a, b) => b.points - a.points || b.goalDifference - a.goalDifference || b.goalsFor - a.goalsFor || a.team.name.localeCompare(b.team.name))
    .map((row, index) => ({ position: index + 1, ...row }))
}
