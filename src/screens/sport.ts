/** Which configured sport an event is a game of: one look-up shared by every screen. */
import type { CompiledSport, ContentSnapshot } from '../content/types'
import type { GammaEvent } from '../markets/gamma/types'

/**
 * The upstream sport code is the most specific signal, then the league series, then the sport's primary tag
 * (the one tag every game of the league carries).
 */
export function sportOf(event: GammaEvent, snapshot: ContentSnapshot): CompiledSport | null {
  const sports = Object.values(snapshot.sports)
  const code = event.sport?.sport
  if (code) {
    const byCode = sports.find((sport) => sport.upstreamSportCode === code || sport.slug === code)
    if (byCode) return byCode
  }
  const seriesIds = new Set<string>(event.series.map((series) => series.id))
  const bySeries = sports.find((sport) => sport.upstreamSeriesId !== null && seriesIds.has(sport.upstreamSeriesId))
  if (bySeries) return bySeries
  const tagIds = new Set<number>(event.tagIds)
  return sports.find((sport) => tagIds.has(sport.upstreamTagId)) ?? null
}
