/**
 * The World Cup pages: groups with their CMS teams and tables, and the tournament's matches (live, next,
 * settled). App versions below the tournament's minimum get the configured legacy layout instead of an error,
 * since they cannot render the group layout.
 */
import type { CompiledGroup, CompiledTournament, ContentSnapshot } from '../content/types'
import type { OddsFormat } from '../display/odds'
import { notFound } from '../errors'
import type { EventFilter } from '../markets/gamma/filters'
import type { GammaEvent, GammaTeam } from '../markets/gamma/types'
import { type Audience, meetsMinVersion } from './audience'
import { isoOrNull, timeOf } from './format'
import { matchResult, worldCupMatch } from './match'
import type { GroupHeader, TeamView, TournamentHeader, WorldCupGroupPage, WorldCupMatch, WorldCupPage } from './schemas'
import { sportOf } from './sport'
import { groupTable } from './standings'
import { teamViewById, upstreamTeamsById } from './teams'

/** Bounds: a 48-team World Cup has 104 matches. */
/** The tournament the World Cup screens show. */
export const WORLD_CUP_SLUG = 'world-cup-2026'

/** Every match of the tournament, open and settled (the tournament may be over): two upstream reads at once. */
export function tournamentQueriesFor(tournament: CompiledTournament): EventFilter[] {
  return [
    { closed: false, tagIds: [tournament.upstreamTagId] },
    { closed: true, tagIds: [tournament.upstreamTagId] },
  ]
}

export const MAX_MATCHES = 128
export const UPCOMING_MATCHES = 12
export const RECENT_RESULTS = 12

function header(tournament: CompiledTournament): TournamentHeader {
  return { slug: tournament.slug, name: tournament.name, startDate: isoOrNull(tournament.startDate), endDate: isoOrNull(tournament.endDate) }
}

function groupHeader(group: CompiledGroup): GroupHeader {
  return { letter: group.letter, slug: group.pageSlug, title: group.pageTitle, intro: group.intro }
}

/** The group a match belongs to: the one holding both of its teams. */
function groupOfEvent(tournament: CompiledTournament, event: GammaEvent): CompiledGroup | null {
  if (event.teams.length !== 2) return null
  return tournament.groups.find((group) => event.teams.every((team) => group.teamIds.includes(team.id))) ?? null
}

// A match known only by its day sorts at the start of that day, among the day's timed matches by id.
const kickoffOf = (match: WorldCupMatch) => timeOf(match.kickoff) ?? timeOf(match.matchDay) ?? Number.MAX_SAFE_INTEGER
const byKickoff = (a: WorldCupMatch, b: WorldCupMatch) => kickoffOf(a) - kickoffOf(b) || a.id.localeCompare(b.id)
const latestFirst = (a: WorldCupMatch, b: WorldCupMatch) => byKickoff(b, a)

/** What every page needs: matches (deduplicated, by kick-off), group teams, settled results per group. */
function prepare(tournament: CompiledTournament, events: readonly GammaEvent[], snapshot: ContentSnapshot, odds: OddsFormat | undefined, now: Date) {
  const unique = [...new Map(events.map((event) => [event.id, event])).values()]
  const sport = (unique[0] && sportOf(unique[0], snapshot)) ?? Object.values(snapshot.sports).find((candidate) => candidate.upstreamTagId === tournament.upstreamTagId) ?? null
  const upstreamTeams: Map<number, GammaTeam> = upstreamTeamsById(unique)
  const teamsOf = (group: CompiledGroup): TeamView[] => group.teamIds.map((id) => teamViewById(id, snapshot, upstreamTeams.get(id)))
  const groupEvents = new Map<string, GammaEvent[]>()
  const matches = unique.map((event) => {
    const group = groupOfEvent(tournament, event)
    if (group) groupEvents.set(group.letter, [...(groupEvents.get(group.letter) ?? []), event])
    return worldCupMatch(event, snapshot, sport?.slug ?? null, group?.letter ?? null, now, odds)
  })
  matches.sort(byKickoff)
  const tableOf = (group: CompiledGroup) =>
    groupTable(
      teamsOf(group),
      (groupEvents.get(group.letter) ?? []).map(matchResult).filter((result) => result !== null),
    )
  return { matches, teamsOf, tableOf }
}

export function worldCupPage(
  tournament: CompiledTournament,
  events: readonly GammaEvent[],
  snapshot: ContentSnapshot,
  client: Audience,
  now: Date,
): WorldCupPage {
  const { matches, teamsOf, tableOf } = prepare(tournament, events, snapshot, client.oddsFormat, now)
  if (!meetsMinVersion(client, tournament.minAppVersion)) {
    if (tournament.legacyLayout === 'groups-only') {
      return {
        layout: 'legacy-groups-only',
        tournament: header(tournament),
        groups: tournament.groups.map((group) => ({ ...groupHeader(group), teams: teamsOf(group) })),
      }
    }
    return { layout: 'legacy-flat-list', tournament: header(tournament), matches: matches.slice(0, MAX_MATCHES) }
  }
  return {
    layout: 'groups',
    tournament: header(tournament),
    groups: tournament.groups.map((group) => ({ ...groupHeader(group), teams: teamsOf(group), table: tableOf(group) })),
    live: matches.filter((match) => match.status === 'live').slice(0, MAX_MATCHES),
    upcoming: matches.filter((match) => match.status === 'scheduled').slice(0, UPCOMING_MATCHES),
    results: matches.filter((match) => match.status === 'final').sort(latestFirst).slice(0, RECENT_RESULTS),
  }
}

/** By letter (`A`, `a`) or page slug (`group-a`); anything else is a 404. */
function findGroup(tournament: CompiledTournament, letter: string): CompiledGroup {
  const wanted = letter.trim().toLowerCase()
  const group = tournament.groups.find((candidate) => candidate.letter.toLowerCase() === wanted || candidate.pageSlug.toLowerCase() === wanted)
  if (!group) throw notFound('world_cup.group_not_found', { detail: `There is no group "${letter.slice(0, 20)}".`, context: { tournament: tournament.slug, letter } })
  return group
}

export function worldCupGroupPage(
  tournament: CompiledTournament,
  letter: string,
  events: readonly GammaEvent[],
  snapshot: ContentSnapshot,
  client: Audience,
  now: Date,
): WorldCupGroupPage {
  const group = findGroup(tournament, letter)
  // Only this group's matches need rendering; the table and team fallbacks need nothing else.
  const own = events.filter((event) => groupOfEvent(tournament, event)?.letter === group.letter)
  const { matches, teamsOf, tableOf } = prepare(tournament, own, snapshot, client.oddsFormat, now)
  const groupMatches = matches.slice(0, MAX_MATCHES)
  if (!meetsMinVersion(client, tournament.minAppVersion)) {
    if (tournament.legacyLayout === 'groups-only') {
      return { layout: 'legacy-groups-only', tournament: header(tournament), group: groupHeader(group), teams: teamsOf(group) }
    }
    return { layout: 'legacy-flat-list', tournament: header(tournament), group: groupHeader(group), matches: groupMatches }
  }
  return {
    layout: 'group',
    tournament: header(tournament),
    group: groupHeader(group),
    teams: teamsOf(group),
    matches: groupMatches,
    results: groupMatches.filter((match) => match.status === 'final').sort(latestFirst),
    table: tableOf(group),
  }
}
