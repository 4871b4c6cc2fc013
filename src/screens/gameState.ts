/**
 * A game's live state as every screen shows it: status, score, period (named by the sport's CMS vocabulary),
 * the upstream's clock, and whether that clock has gone stale.
 */
import type { CompiledSport } from '../content/types'
import { periodLabel } from '../display/periods'
import type { GammaEvent } from '../markets/gamma/types'
import type { GameState, GameStatus } from './schemas'

/**
 * A live game whose event the upstream has not updated for longer than this shows `clockStale`. The event's
 * `updatedAt` is the only time the upstream gives for its game fields (no clock timestamp of its own), and it moves
 * on any change to the event, so this is the time since anything changed: during play, two minutes without even a
 * price move or a clock tick means the feed has stalled.
 */
export const CLOCK_STALE_AFTER_MS = 120_000

/** Period codes that mean the game is over even before the upstream sets `ended` (`VFT`: verified full time). */
const FINAL_PERIODS = new Set(['VFT', 'FT', 'AET', 'FT_PEN'])
/** "Not started" says nothing the status does not. */
const NOT_STARTED = 'NS'

export function gameStatus(event: GammaEvent): GameStatus {
  if (event.ended || event.closed || (event.period !== undefined && FINAL_PERIODS.has(event.period))) return 'ended'
  if (event.live) return 'live'
  return 'scheduled'
}

/** The upstream sends game fields only on games: a crypto or politics event has none. */
const isGame = (event: GammaEvent) => event.gameId !== undefined || event.live || event.ended || Boolean(event.period || event.score || event.elapsed)

/** Live with no event update for over the threshold; a live event with no `updatedAt` cannot vouch for its clock. */
function isClockStale(event: GammaEvent, status: GameStatus, now: Date | undefined): boolean {
  if (status !== 'live' || now === undefined) return false
  const updated = event.updatedAt ? Date.parse(event.updatedAt) : Number.NaN
  return Number.isNaN(updated) || now.getTime() - updated > CLOCK_STALE_AFTER_MS
}

/**
 * The game state of an event, or null when it is not a game. Without `now` the clock is not judged
 * (`clockStale` false): a caller that does not pass the time cannot say how old the data is.
 */
export function gameState(event: GammaEvent, sport: CompiledSport | null, now: Date | undefined): GameState | null {
  if (!isGame(event)) return null
  const status = gameStatus(event)
  const started = status !== 'scheduled'
  const code = event.period?.trim()
  return {
    status,
    // Some upstream games carry "0-0" before kick-off: a score is news only once the game has started.
    score: started ? event.score || null : null,
    period: code && code.toUpperCase() !== NOT_STARTED ? { code, label: periodLabel(code, sport?.periodVocabulary ?? null) } : null,
    elapsed: started ? event.elapsed || null : null,
    clockStale: isClockStale(event, status, now),
  }
}
