// /preview/events/{slug}: an event page with its sections, titled by the display rules and vocabulary of the
// configuration the switches choose.
import { GameLine } from '@/components/preview/Game'
import { MarketRow } from '@/components/preview/Markets'
import { PhoneFrame } from '@/components/preview/PhoneFrame'
import { PreviewBar } from '@/components/preview/PreviewBar'
import { TeamColourBar, TeamLogo, TeamSwatch } from '@/components/preview/Teams'
import { requirePreviewAccess } from '@/preview/access'
import type { SearchParams } from '@/preview/audience'
import { viewOrNotFound } from '@/preview/load'

import { previewPage } from '../../../previewPage'

export default async function EventPreview({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }) {
  const { slug } = await params
  const query = await searchParams
  const path = `/preview/events/${slug}`
  await requirePreviewAccess(path, query)
  const { source, snapshot, now, screens, audience, query: links } = await previewPage(query)
  const { event, sections } = await viewOrNotFound(screens.event(snapshot, slug, audience, now))
  return (
    <>
      <PreviewBar path={path} params={query} source={source} />
      <main>
        <PhoneFrame tab="explore" query={links} now={now} back={{ href: '/preview', label: 'Explore' }} title={event.sport ? event.sport.toUpperCase() : 'Event'}>
          <div className="hero">
            <TeamColourBar teams={event.teams} />
            {event.teams.length ? (
              <div className="hero-teams">
                {event.teams.map((team) => (
                  <div className="hero-team" key={team.id}>
                    <TeamLogo team={team} size={48} />
                    <span className="teamname">{team.name}</span>
                    <TeamSwatch team={team} />
                  </div>
                ))}
              </div>
            ) : null}
            <h2 className="event-heading" data-testid="event-title">{event.title}</h2>
            <GameLine game={event.game} startTime={event.startTime} live={event.live} closed={event.closed} />
          </div>
          {sections.length > 1 ? (
            <nav className="section-tabs">
              {sections.map((section) => (
                <a key={section.key} href={`#section-${section.key}`}>
                  {section.title}
                </a>
              ))}
            </nav>
          ) : null}
          {sections.length === 0 ? <p className="muted empty">No markets on this event.</p> : null}
          {sections.map((section) => (
            <section key={section.key} id={`section-${section.key}`} className="event-section" data-testid="section">
              <h3 data-testid="section-title">{section.title}</h3>
              {section.groups.map((group, index) => (
                <div key={group.title ?? index} className="market-group">
                  {group.title ? <h4>{group.title}</h4> : null}
                  {group.markets.map((market) => (
                    <MarketRow key={market.id} market={market} />
                  ))}
                </div>
              ))}
            </section>
          ))}
        </PhoneFrame>
      </main>
    </>
  )
}
