/** Which season a request means: the one named, else the one running now, else the latest that started. */
import type { CompiledSeason, ContentSnapshot } from '../content/types'
import { notFound } from '../errors'

export function pickSeason(snapshot: Pick<ContentSnapshot, 'seasons'>, slug: string | undefined, now = Date.now()): CompiledSeason {
  if (slug) {
    const season = snapshot.seasons[slug]
    if (!season) throw notFound('rewards.season_not_found', { detail: `No published season "${slug}".` })
    return season
  }
  const seasons = Object.values(snapshot.seasons).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt) || a.slug.localeCompare(b.slug))
  const season = seasons.find((candidate) => Date.parse(candidate.startsAt) <= now && now < Date.parse(candidate.endsAt)) ?? seasons.find((candidate) => Date.parse(candidate.startsAt) <= now)
  if (!season) throw notFound('rewards.no_season', { detail: 'No reward season has started.' })
  return season
}
