// A market as the app shows it: display title, subtitle and outcome prices.
import type { DisplayMarket, FeedEvent } from '../../screens/schemas'

export function MarketRow({ market }: { market: DisplayMarket }) {
  return (
    <div className="card" data-testid="market">
      <div data-testid="market-title">{market.displayTitle}</div>
      {market.displaySubtitle ? <div className="muted">{market.displaySubtitle}</div> : null}
      <div>
        {market.outcomes.map((outcome) => (
          <span className="outcome" key={outcome.name}>
            {outcome.name} <span title={outcome.price ?? undefined}>{outcome.displayPrice ?? '–'}</span>
          </span>
        ))}
      </div>
    </div>
  )
}

export function EventCard({ event, query }: { event: FeedEvent; query: string }) {
  return (
    <div className="card" data-testid="feed-event">
      <a href={`/preview/events/${event.slug}${query}`}>
        <strong data-testid="event-title">{event.title}</strong>
      </a>
      <div className="muted">
        {event.teams.map((team) => (
          <span key={team.name}>
            <span className="team" style={{ background: team.colour ?? '#888' }} />
            {team.name}{' '}
          </span>
        ))}
        {event.endDate ? `ends ${event.endDate}` : null} {event.closed ? '· settled' : event.live ? '· live' : ''}
      </div>
      {event.markets.slice(0, 3).map((market) => (
        <MarketRow key={market.id} market={market} />
      ))}
    </div>
  )
}
