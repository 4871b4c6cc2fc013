/** A tournament match as the app lists it: kick-off, status, score per side, main markets. */
import type { ContentSnapshot } from '../content/types'
import { DEFAULT_ODDS_FORMAT, type OddsFormat } from '../display/odds'
import type { GammaEvent } from '../markets/gamma/types'
import { displayMarket } from './display'
import { mainMarkets } from './feedEvent'
import { dayOrNull, isoOrNull } from './format'
import { gameState, gameStatus } from './gameState'
import type { MatchStatus, WorldCupMatch } from './schemas'
import { teamView } from './teams'

/** The game status in the World Cup's released wording (`final` for an ended match). */
export function matchStatus(event: GammaEvent): MatchStatus {
  const status = gameStatus(event)
  return status === 'ended' ? 'final' : status
}

/** `2-1` (or `2-1|Bo3`) in the order the event lists its teams; null when there is no readable score. */
export function parseScore(score: string | undefined): [number, number] | null {
  const match = score ? /^\s*(\d+)\s*-\s*(\d+)/.exec(score) : null
  return match ? [Number(match[1]), Number(match[2])] : null
}

export interface MatchResult {
  homeId: number
  awayId: number
  homeGoals: number
  awayGoals: number
}

/** The home team is the one the upstream marks `home`, else the first listed. */
function sides(event: GammaEvent): { home: number; away: number } | null {
  if (event.teams.length !== 2) return null
  const home = Math.max(0, event.teams.findIndex((team) => team.ordering === 'home'))
  return { home, away: 1 - home }
}

/** A settled match's result for the table; null while it is not final or its score is unreadable. */
export function matchResult(event: GammaEvent): MatchResult | null {
  const order = sides(event)
  const score = parseScore(event.score)
  if (!order || !score || matchStatus(event) !== 'final') return null
  return {
    homeId: event.teams[order.home]!.id,
    awayId: event.teams[order.away]!.id,
    homeGoals: score[order.home]!,
    awayGoals: score[order.away]!,
  }
}

/** `now` dates the game clock (`game.clockStale`). */
export function worldCupMatch(
  event: GammaEvent,
  snapshot: ContentSnapshot,
  sportSlug: string | null,
  group: string | null,
  now: Date,
  odds: OddsFormat = DEFAULT_ODDS_FORMAT,
): WorldCupMatch {
  const status = matchStatus(event)
  const order = sides(event)
  const score = status === 'scheduled' ? null : parseScore(event.score)
  const side = (index: number) => ({ team: teamView(event.teams[index]!, snapshot), goals: score ? score[index]! : null })
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    group,
    // `eventDate` is a plain day: as an instant it would read as a midnight UTC kick-off that nobody scheduled.
    kickoff: isoOrNull(event.startTime),
    matchDay: event.startTime ? null : dayOrNull(event.eventDate),
    status,
    period: event.period || null,
    score: status === 'scheduled' ? null : event.score || null,
    game: gameState(event, sportSlug ? (snapshot.sports[sportSlug] ?? null) : null, now),
    home: order ? side(order.home) : null,
    away: order ? side(order.away) : null,
    markets: mainMarkets(event).map((market) => displayMarket(market, event, snapshot, sportSlug, odds)),
  }
}
