/** Teams as the app shows them: the CMS team (one look-up by upstream id) overrides what the upstream sent. */
import type { CompiledTeam, ContentSnapshot } from '../content/types'
import type { GammaEvent, GammaTeam } from '../markets/gamma/types'
import type { TeamView } from './schemas'

const orderingOf = (team: GammaTeam | undefined): TeamView['ordering'] =>
  team?.ordering === 'home' || team?.ordering === 'away' ? team.ordering : null

function fromCms(cms: CompiledTeam, upstream: GammaTeam | undefined): TeamView {
  return {
    id: cms.upstreamTeamId,
    name: cms.name,
    shortName: cms.shortName,
    abbreviation: cms.abbreviation,
    colour: cms.colour,
    logo: cms.logoUrl,
    ordering: orderingOf(upstream),
  }
}

export function teamView(team: GammaTeam, snapshot: ContentSnapshot): TeamView {
  const cms = snapshot.teams[String(team.id)]
  if (cms) return fromCms(cms, team)
  return {
    id: team.id,
    name: team.name,
    shortName: team.alias ?? null,
    abbreviation: team.abbreviation ? team.abbreviation.toUpperCase() : null,
    colour: team.color ?? null,
    logo: team.logo ?? null,
    ordering: orderingOf(team),
  }
}

/** A team known only by id (a World Cup group member): the CMS team, else the upstream one seen in the data. */
export function teamViewById(id: number, snapshot: ContentSnapshot, upstream: GammaTeam | undefined): TeamView {
  const cms = snapshot.teams[String(id)]
  if (cms) return fromCms(cms, undefined)
  if (upstream) return { ...teamView(upstream, snapshot), ordering: null }
  return { id, name: `Team ${id}`, shortName: null, abbreviation: null, colour: null, logo: null, ordering: null }
}

/** The name titles use: the short one ("Lakers") when there is one. */
export function teamLabel(team: GammaTeam, snapshot: ContentSnapshot): string {
  const view = teamView(team, snapshot)
  return view.shortName || view.name
}

/** Every name a team goes by in market questions, lower-cased, for matching "Spread: Chiefs (-2.5)". */
export function teamNames(team: GammaTeam, snapshot: ContentSnapshot): string[] {
  const cms = snapshot.teams[String(team.id)]
  return [cms?.name, cms?.shortName, cms?.abbreviation, team.name, team.alias, team.abbreviation]
    .filter((name): name is string => Boolean(name))
    .map((name) => name.toLowerCase())
}

/** Upstream teams of many events by id, for group members that the CMS does not know. */
export function upstreamTeamsById(events: readonly GammaEvent[]): Map<number, GammaTeam> {
  const teams = new Map<number, GammaTeam>()
  for (const event of events) for (const team of event.teams) if (!teams.has(team.id)) teams.set(team.id, team)
  return teams
}
