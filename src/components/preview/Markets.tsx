// Markets as the app shows them: display title and subtitle, and each outcome with its display price (the exact
// price as a tooltip), in cards for the feed and the event page.
import type { DisplayMarket, FeedEvent } from '../../screens/schemas'
import { GameLine, SettledBadge } from './Game'
import { TeamColourBar, TeamLine } from './Teams'

export function MarketRow({ market }: { market: DisplayMarket }) {
  return (
    <div className={market.closed ? 'market closed' : 'market'} data-testid="market">
      <div className="market-head">
        <div>
          <div className="market-title" data-testid="market-title">{market.displayTitle}</div>
          {market.displaySubtitle ? <div className="muted" data-testid="market-subtitle">{market.displaySubtitle}</div> : null}
        </div>
        {market.closed ? <SettledBadge /> : null}
      </div>
      <div className="outcomes">
        {market.outcomes.map((outcome) => (
          <span className="outcome" key={outcome.name}>
            <span className="outcome-name">{outcome.name}</span>
            <span className="price" title={outcome.price ?? 'no price'} data-testid="outcome-price">
              {outcome.displayPrice ?? '–'}
            </span>
          </span>
        ))}
      </div>
    </div>
  )
}

/**
 * A market as one button, as a match card shows its markets side by side: the display title and the price of its
 * "Yes" (or first) outcome; the full market, every outcome, is on the event page.
 */
export function MarketPill({ market }: { market: DisplayMarket }) {
  const outcome = market.outcomes.find((one) => one.name.toLowerCase() === 'yes') ?? market.outcomes[0]
  return (
    <span className={market.closed ? 'outcome closed' : 'outcome'} data-testid="market">
      <span className="outcome-name" data-testid="market-title">{market.displayTitle}</span>
      <span className="price" title={outcome?.price ?? 'no price'} data-testid="outcome-price">
        {outcome?.displayPrice ?? '–'}
      </span>
    </span>
  )
}

/** How many markets a feed row shows before "more on the event page". */
const FEED_ROW_MARKETS = 3

export function EventCard({ event, query }: { event: FeedEvent; query: string }) {
  const more = event.markets.length - FEED_ROW_MARKETS
  return (
    <article className="card event" data-testid="feed-event">
      <TeamColourBar teams={event.teams} />
      <a className="event-link" href={`/preview/events/${event.slug}${query}`}>
        {event.image && event.teams.length === 0 ? <img className="event-image" src={event.image} alt="" width={40} height={40} loading="lazy" /> : null}
        <strong data-testid="event-title">{event.title}</strong>
      </a>
      <GameLine game={event.game} startTime={event.startTime} endDate={event.endDate} live={event.live} closed={event.closed} />
      {event.teams.length ? (
        <div className="teams">
          {event.teams.map((team) => (
            <TeamLine key={team.id} team={team} size={22} />
          ))}
        </div>
      ) : null}
      {event.markets.slice(0, FEED_ROW_MARKETS).map((market) => (
        <MarketRow key={market.id} market={market} />
      ))}
      {more > 0 ? (
        <a className="more" href={`/preview/events/${event.slug}${query}`}>
          {more} more market{more === 1 ? '' : 's'} ›
        </a>
      ) : null}
    </article>
  )
}
