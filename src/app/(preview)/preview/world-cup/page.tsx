// /preview/world-cup: the tournament page (groups with their tables, live, upcoming and settled matches) as the app
// would show it, in the layout the chosen app version gets.
import { PhoneFrame } from '@/components/preview/PhoneFrame'
import { PreviewBar } from '@/components/preview/PreviewBar'
import { TeamLogo } from '@/components/preview/Teams'
import { MatchList, StandingsTable } from '@/components/preview/WorldCup'
import { utcDay } from '@/components/preview/format'
import { requirePreviewAccess } from '@/preview/access'
import type { SearchParams } from '@/preview/audience'
import { viewOrNull } from '@/preview/load'
import type { WorldCupPage } from '@/screens/schemas'

import { previewPage } from '../../previewPage'

const groupHref = (letter: string, query: string) => `/preview/world-cup/groups/${letter.toLowerCase()}${query}`

function Tournament({ page, query }: { page: WorldCupPage; query: string }) {
  const { tournament } = page
  const dates = tournament.startDate && tournament.endDate ? `${utcDay(tournament.startDate.slice(0, 10))} – ${utcDay(tournament.endDate.slice(0, 10))}` : null
  return (
    <>
      {dates ? <p className="muted screen-note">{dates}</p> : null}
      {page.layout === 'groups' ? (
        <>
          <MatchList title="Live" matches={page.live} query={query} testId="live-matches" />
          <MatchList title="Upcoming" matches={page.upcoming} query={query} testId="upcoming-matches" />
          <section className="screen-section">
            <h2>Groups</h2>
            {page.groups.map((group) => (
              <div className="card group" key={group.letter} data-testid="group">
                <a className="group-title" href={groupHref(group.letter, query)} data-testid="group-link">
                  {group.title} ›
                </a>
                <StandingsTable rows={group.table} />
              </div>
            ))}
          </section>
          <MatchList title="Results" matches={page.results} query={query} testId="results" />
        </>
      ) : page.layout === 'legacy-flat-list' ? (
        <>
          <p className="muted screen-note">Legacy layout (flat list) for this app version.</p>
          <MatchList title="Matches" matches={page.matches} query={query} testId="matches" />
        </>
      ) : (
        <>
          <p className="muted screen-note">Legacy layout (groups only) for this app version.</p>
          {page.groups.map((group) => (
            <div className="card group" key={group.letter} data-testid="group">
              <a className="group-title" href={groupHref(group.letter, query)} data-testid="group-link">
                {group.title} ›
              </a>
              <div className="teams">
                {group.teams.map((team) => (
                  <span className="teamline" key={team.id}>
                    <TeamLogo team={team} size={20} />
                    <span className="teamname">{team.name}</span>
                  </span>
                ))}
              </div>
            </div>
          ))}
        </>
      )}
    </>
  )
}

export default async function WorldCupPreview({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams
  await requirePreviewAccess('/preview/world-cup', query)
  const { source, snapshot, now, screens, audience, query: links } = await previewPage(query)
  const page = await viewOrNull(screens.worldCup(snapshot, audience, now))
  return (
    <>
      <PreviewBar path="/preview/world-cup" params={query} source={source} />
      <main>
        <PhoneFrame tab="world-cup" query={links} now={now} title={<span data-testid="tournament-name">{page?.tournament.name ?? 'World Cup'}</span>}>
          {page ? <Tournament page={page} query={links} /> : <p className="muted empty">No tournament in this configuration.</p>}
        </PhoneFrame>
      </main>
    </>
  )
}
