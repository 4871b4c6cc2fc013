// A game's live state as the app shows it: LIVE with score, period and clock; final; or the start time. Settled
// markets are marked apart from the game (a market can settle before or without a game).
import type { ReactNode } from 'react'

import type { GameState } from '../../screens/schemas'
import { utcDateTime } from './format'

function LiveBadge() {
  return (
    <span className="live" data-testid="live-badge">
      LIVE
    </span>
  )
}

export function SettledBadge() {
  return (
    <span className="settled" data-testid="settled-badge">
      Settled
    </span>
  )
}

/** One line: the state of the game, or its start when it has not started; for an event that is no game, when it ends. */
export function GameLine({ game, startTime, endDate, live, closed }: { game: GameState | null; startTime?: string | null; endDate?: string | null; live?: boolean; closed?: boolean }) {
  const parts: ReactNode[] = []
  if (game?.status === 'live') parts.push(<LiveBadge key="live" />)
  if (game?.status === 'ended') parts.push(<span key="final" className="final">Final</span>)
  if (game && game.status !== 'scheduled') {
    if (game.score) parts.push(<strong key="score" className="score" data-testid="game-score">{game.score}</strong>)
    if (game.period) parts.push(<span key="period" title={game.period.code}>{game.period.label}</span>)
    if (game.elapsed) parts.push(<span key="elapsed">{game.elapsed}′</span>)
    if (game.clockStale) parts.push(<span key="stale" className="stale" title="No update from the upstream for over two minutes">delayed</span>)
  } else if (startTime) {
    parts.push(<span key="start">{utcDateTime(startTime)}</span>)
  }
  if (live && !game) parts.push(<LiveBadge key="live" />)
  if (endDate && !game) parts.push(<span key="ends">Ends {utcDateTime(endDate)}</span>)
  if (closed) parts.push(<SettledBadge key="settled" />)
  if (parts.length === 0) return null
  return <div className="gameline" data-testid="game-line">{parts}</div>
}
