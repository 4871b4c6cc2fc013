// /preview/world-cup: the tournament's groups and teams from the draft configuration.
import { PreviewBar, whichOf } from '@/components/preview/PreviewBar'
import { requirePreviewAccess } from '@/preview/access'
import { previewAudience, type SearchParams } from '@/preview/audience'
import { snapshotOf, viewOrNull } from '@/preview/load'
import { services } from '@/services'

export default async function WorldCupPreview({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams
  await requirePreviewAccess('/preview/world-cup', query)
  const which = whichOf(query)
  const { content, screens } = services()
  const page = await viewOrNull(screens.worldCup(await snapshotOf(content, which), previewAudience(query)))
  return (
    <>
      <PreviewBar path="/preview/world-cup" params={query} which={which} />
      <main>
        <h1>{page?.tournament.name ?? 'No tournament'}</h1>
        {page?.layout === 'groups'
          ? page.groups.map((group) => (
              <div className="card" key={group.letter} data-testid="group">
                <h2>{group.title}</h2>
                {group.intro ? <p className="muted">{group.intro}</p> : null}
                {group.table.map((row) => (
                  <div key={row.team.name}>
                    {row.position}. <span className="team" style={{ background: row.team.colour ?? '#888' }} />
                    {row.team.name} <span className="muted">{row.points} pts</span>
                  </div>
                ))}
              </div>
            ))
          : page
            ? <p>Legacy layout: {page.layout}</p>
            : null}
      </main>
    </>
  )
}
