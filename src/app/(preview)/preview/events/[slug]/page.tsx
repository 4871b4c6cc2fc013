// /preview/events/{slug}: an event page with its sections, titled by the draft display rules and vocabulary.
import { MarketRow } from '@/components/preview/Markets'
import { PreviewBar, whichOf } from '@/components/preview/PreviewBar'
import { requirePreviewAccess } from '@/preview/access'
import { previewAudience, type SearchParams } from '@/preview/audience'
import { snapshotOf, viewOrNotFound } from '@/preview/load'
import { services } from '@/services'

export default async function EventPreview({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }) {
  const { slug } = await params
  const query = await searchParams
  const path = `/preview/events/${slug}`
  await requirePreviewAccess(path, query)
  const which = whichOf(query)
  const { content, screens } = services()
  const page = await viewOrNotFound(screens.event(await snapshotOf(content, which), slug, previewAudience(query)))
  return (
    <>
      <PreviewBar path={path} params={query} which={which} />
      <main>
        <h1>{page.event.title}</h1>
        <p className="muted">
          {page.event.teams.map((team) => (
            <span key={team.name}>
              <span className="team" style={{ background: team.colour ?? '#888' }} />
              {team.name}{' '}
            </span>
          ))}
          {page.event.score ? `· ${page.event.score}` : ''} {page.event.period ?? ''}
        </p>
        {page.sections.map((section) => (
          <section key={section.key} data-testid="section">
            <h2>{section.title}</h2>
            {section.groups.map((group, index) => (
              <div key={group.title ?? index}>
                {group.title ? <h3>{group.title}</h3> : null}
                {group.markets.map((market) => (
                  <MarketRow key={market.id} market={market} />
                ))}
              </div>
            ))}
          </section>
        ))}
      </main>
    </>
  )
}
