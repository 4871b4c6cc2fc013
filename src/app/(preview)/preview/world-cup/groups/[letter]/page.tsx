// /preview/world-cup/groups/{letter}: one group's page (table, matches, results) as the app would show it.
import { notFound } from 'next/navigation'

import { groupLetterParam } from '@/api/v1/queries'
import { PhoneFrame } from '@/components/preview/PhoneFrame'
import { PreviewBar } from '@/components/preview/PreviewBar'
import { TeamLine } from '@/components/preview/Teams'
import { MatchList, StandingsTable } from '@/components/preview/WorldCup'
import { requirePreviewAccess } from '@/preview/access'
import type { SearchParams } from '@/preview/audience'
import { viewOrNotFound } from '@/preview/load'

import { previewPage } from '../../../../previewPage'

export default async function GroupPreview({ params, searchParams }: { params: Promise<{ letter: string }>; searchParams: Promise<SearchParams> }) {
  const { letter: raw } = await params
  const query = await searchParams
  const path = `/preview/world-cup/groups/${raw}`
  await requirePreviewAccess(path, query)
  // The letters the API accepts (A–L, either case), so the preview opens what the app can ask for and no more.
  const letter = groupLetterParam.safeParse(raw)
  if (!letter.success) notFound()
  const { source, snapshot, now, screens, audience, query: links } = await previewPage(query)
  const page = await viewOrNotFound(screens.worldCupGroup(snapshot, letter.data, audience, now))
  return (
    <>
      <PreviewBar path={path} params={query} source={source} />
      <main>
        <PhoneFrame tab="world-cup" query={links} now={now} back={{ href: '/preview/world-cup', label: 'World Cup' }} title={<span data-testid="group-title">{page.group.title}</span>}>
          <p className="muted screen-note">{page.tournament.name}</p>
          {page.group.intro ? <p className="intro">{page.group.intro}</p> : null}
          {page.layout === 'group' ? (
            <>
              <section className="screen-section">
                <h2>Table</h2>
                <div className="card">
                  <StandingsTable rows={page.table} />
                </div>
              </section>
              <MatchList title="Matches" matches={page.matches} query={links} testId="matches" />
              <MatchList title="Results" matches={page.results} query={links} testId="results" />
            </>
          ) : page.layout === 'legacy-flat-list' ? (
            <>
              <p className="muted screen-note">Legacy layout (flat list) for this app version.</p>
              <MatchList title="Matches" matches={page.matches} query={links} testId="matches" />
            </>
          ) : (
            <>
              <p className="muted screen-note">Legacy layout (groups only) for this app version.</p>
              <div className="card teams">
                {page.teams.map((team) => (
                  <TeamLine key={team.id} team={team} size={24} />
                ))}
              </div>
            </>
          )}
        </PhoneFrame>
      </main>
    </>
  )
}
