// World Cup pieces as the app shows them: a match card (sides, goals, live state, markets) and a group's table.
import type { TableRow, WorldCupMatch } from '../../screens/schemas'
import { utcDateTime, utcDay } from './format'
import { GameLine } from './Game'
import { MarketPill } from './Markets'
import { TeamColourBar, TeamLogo, TeamSwatch } from './Teams'

function MatchCard({ match, query }: { match: WorldCupMatch; query: string }) {
  const sides = [match.home, match.away].filter((side) => side !== null)
  const when = match.kickoff ? utcDateTime(match.kickoff) : match.matchDay ? utcDay(match.matchDay) : null
  return (
    <article className="card match" data-testid="match">
      <TeamColourBar teams={sides.map((side) => side.team)} />
      <div className="match-head muted">
        {match.group ? <span>Group {match.group}</span> : <span>Knockout</span>}
        {match.status === 'scheduled' && when ? <span>{when}</span> : null}
      </div>
      {sides.length ? (
        sides.map((side) => (
          <div className="side" key={side.team.id}>
            <TeamLogo team={side.team} size={26} />
            <span className="teamname">{side.team.name}</span>
            <TeamSwatch team={side.team} />
            <span className="goals">{side.goals ?? ''}</span>
          </div>
        ))
      ) : (
        <strong>{match.title}</strong>
      )}
      <GameLine game={match.game} />
      <a className="match-link" href={`/preview/events/${match.slug}${query}`} data-testid="match-title">
        {match.title}
      </a>
      {match.markets.length ? (
        <div className="outcomes">
          {match.markets.map((market) => (
            <MarketPill key={market.id} market={market} />
          ))}
        </div>
      ) : null}
    </article>
  )
}

/** A titled list of match cards; nothing when there are none. */
export function MatchList({ title, matches, query, testId }: { title: string; matches: WorldCupMatch[]; query: string; testId: string }) {
  if (matches.length === 0) return null
  return (
    <section className="screen-section" data-testid={testId}>
      <h2>{title}</h2>
      {matches.map((match) => (
        <MatchCard key={match.id} match={match} query={query} />
      ))}
    </section>
  )
}

export function StandingsTable({ rows }: { rows: TableRow[] }) {
  return (
    <table className="standings" data-testid="standings">
      <thead>
        <tr>
          <th>#</th>
          <th className="team-col">Team</th>
          <th title="Played">P</th>
          <th title="Won">W</th>
          <th title="Drawn">D</th>
          <th title="Lost">L</th>
          <th title="Goal difference">GD</th>
          <th title="Points">Pts</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.team.id} data-testid="standings-row">
            <td>{row.position}</td>
            <td className="team-col">
              <span className="teamline">
                <TeamLogo team={row.team} size={20} />
                <span className="teamname">{row.team.name}</span>
                <TeamSwatch team={row.team} />
              </span>
            </td>
            <td>{row.played}</td>
            <td>{row.won}</td>
            <td>{row.drawn}</td>
            <td>{row.lost}</td>
            <td>{row.goalDifference > 0 ? `+${row.goalDifference}` : row.goalDifference}</td>
            <td>
              <strong>{row.points}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
