/** One event as a list row (feed, search, World Cup): header fields, teams, and its few main markets. */
import type { ContentSnapshot } from '../content/types'
import { DEFAULT_ODDS_FORMAT, type OddsFormat } from '../display/odds'
import type { GammaEvent, GammaMarket } from '../markets/gamma/types'
import { displayMarket } from './display'
import { decimalOrZero, isoOrNull } from './format'
import { gameState } from './gameState'
import type { FeedEvent } from './schemas'
import { sportOf } from './sport'
import { teamView } from './teams'

/** Enough for a row (soccer's 1X2 is three markets); the event page has the rest. */
export const MAIN_MARKETS_PER_EVENT = 3

/** The winner market(s) when the event has them, else the first markets as the upstream lists them. */
export function mainMarkets(event: GammaEvent): GammaMarket[] {
  const winners = event.markets.filter((market) => market.sportsMarketType === 'moneyline')
  return (winners.length > 0 ? winners : event.markets).slice(0, MAIN_MARKETS_PER_EVENT)
}

/** `now` dates the game clock (`game.clockStale`); without it the clock is not judged. */
export function toFeedEvent(event: GammaEvent, snapshot: ContentSnapshot, odds: OddsFormat = DEFAULT_ODDS_FORMAT, now?: Date): FeedEvent {
  const sport = sportOf(event, snapshot)
  const sportSlug = sport?.slug ?? null
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    image: event.image ?? event.icon ?? null,
    endDate: isoOrNull(event.endDate),
    startTime: isoOrNull(event.startTime),
    closed: event.closed,
    live: event.live,
    volume: decimalOrZero(event.volume),
    liquidity: decimalOrZero(event.liquidity),
    sport: sportSlug,
    game: gameState(event, sport, now),
    teams: event.teams.map((team) => teamView(team, snapshot)),
    markets: mainMarkets(event).map((market) => displayMarket(market, event, snapshot, sportSlug, odds)),
  }
}
