// Teams as the app draws them: logo (or a coloured initial when there is none), name and team colour.
import type { TeamView } from '../../screens/schemas'
import { colourOf } from './format'

const colour = (team: TeamView) => team.colour ?? colourOf(team.name)
const initialOf = (team: TeamView) => (team.abbreviation ?? team.shortName ?? team.name).slice(0, 1).toUpperCase()

/** The logo at a fixed size over the team's coloured initial: a logo that fails to load leaves the initial showing. */
export function TeamLogo({ team, size = 28 }: { team: TeamView; size?: number }) {
  return (
    <span className="logo" style={{ width: size, height: size, background: colour(team), fontSize: Math.round(size * 0.45) }} data-testid="team-logo">
      <span aria-hidden="true">{initialOf(team)}</span>
      {team.logo ? <img src={team.logo} alt={team.name} width={size} height={size} loading="lazy" /> : null}
    </span>
  )
}

/** A small swatch of the team's colour, with its value as a tooltip. */
export function TeamSwatch({ team }: { team: TeamView }) {
  return <span className="swatch" style={{ background: colour(team) }} title={team.colour ?? 'no colour set'} data-testid="team-colour" />
}

/** A thin bar in the teams' colours, side by side, as the app tops a game. */
export function TeamColourBar({ teams }: { teams: TeamView[] }) {
  if (teams.length === 0) return null
  return (
    <div className="colourbar" aria-hidden="true">
      {teams.map((team) => (
        <span key={team.id} style={{ background: colour(team) }} />
      ))}
    </div>
  )
}

/** Logo, name (the short one when set) and colour swatch. */
export function TeamLine({ team, size }: { team: TeamView; size?: number }) {
  return (
    <span className="teamline">
      <TeamLogo team={team} size={size} />
      <span className="teamname">{team.shortName || team.name}</span>
      <TeamSwatch team={team} />
    </span>
  )
}
