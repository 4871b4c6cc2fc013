/** A World Cup's groups: letters A–L used once, exactly 4 distinct teams each, no team in two groups. */
type Id = string | number

export const GROUP_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'] as const
export const TEAMS_PER_GROUP = 4

interface Group {
  letter?: string | null
  teams?: (Id | { id: Id })[] | null
}

const idOf = (team: Id | { id: Id }): string => String(typeof team === 'object' ? team.id : team)

export function groupsProblem(groups: Group[]): string | null {
  const letters = new Set<string>()
  const groupOfTeam = new Map<string, string>()
  for (const group of groups) {
    const letter = group.letter ?? '?'
    if (letters.has(letter)) return `Group ${letter} appears twice: each letter A–L is used once.`
    letters.add(letter)
    const teams = (group.teams ?? []).map(idOf)
    if (new Set(teams).size !== teams.length) return `Group ${letter} lists a team twice.`
    if (teams.length !== TEAMS_PER_GROUP) return `Group ${letter} has ${teams.length} team${teams.length === 1 ? '' : 's'}: a group holds exactly ${TEAMS_PER_GROUP}.`
    for (const team of teams) {
      const other = groupOfTeam.get(team)
      if (other) return `A team is in both group ${other} and group ${letter}: a team plays in one group only.`
      groupOfTeam.set(team, letter)
    }
  }
  return null
}

export const validateGroups = (value: unknown): true | string => groupsProblem(Array.isArray(value) ? (value as Group[]) : []) ?? true
