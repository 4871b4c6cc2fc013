// /preview/search?q=: the search screen (tags, events with tournament aliases, people) as the app would show it.
import { searchQuery } from '@/api/v1/queries'
import { EventCard } from '@/components/preview/Markets'
import { PhoneFrame } from '@/components/preview/PhoneFrame'
import { PreviewBar, SwitchFields } from '@/components/preview/PreviewBar'
import { requirePreviewAccess } from '@/preview/access'
import type { SearchParams } from '@/preview/audience'
import type { SearchView } from '@/screens/schemas'

import { previewPage } from '../../previewPage'

function Results({ view, query }: { view: SearchView; query: string }) {
  const nothing = view.tags.length + view.events.length + view.profiles.length === 0
  return (
    <>
      {nothing ? <p className="muted empty">No results for “{view.query}”.</p> : null}
      {view.tags.length ? (
        <section className="screen-section" data-testid="search-tags">
          <h2>Tags</h2>
          <ul className="chips">
            {view.tags.map((tag) => (
              <li key={`${tag.source}:${tag.slug}`}>
                {tag.source === 'explore' ? (
                  <a className="chip" href={`/preview/explore/${tag.slug}${query}`} data-testid="search-tag">
                    <span className="label">{tag.label}</span>
                  </a>
                ) : (
                  <span className="chip upstream" data-testid="search-tag" title="A market-data tag, not in the explore tree">
                    <span className="label">{tag.label}</span>
                    {tag.eventCount !== null ? <span className="count">{tag.eventCount}</span> : null}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.events.length ? (
        <section className="screen-section" data-testid="search-events">
          <h2>Markets</h2>
          {view.events.map((event) => (
            <EventCard key={event.id} event={event} query={query} />
          ))}
        </section>
      ) : null}
      {view.profiles.length ? (
        <section className="screen-section" data-testid="search-profiles">
          <h2>People</h2>
          {view.profiles.map((profile) => (
            <div className="card profile" key={profile.handle} data-testid="search-profile">
              <span className="tagicon" aria-hidden="true">
                {profile.handle.slice(0, 1).toUpperCase()}
              </span>
              <span>
                <strong>{profile.displayName ?? profile.handle}</strong> <span className="muted">@{profile.handle}</span>
              </span>
            </div>
          ))}
        </section>
      ) : null}
    </>
  )
}

export default async function SearchPreview({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams
  await requirePreviewAccess('/preview/search', query)
  const { source, snapshot, now, screens, audience, query: links } = await previewPage(query)
  // The same rule as the API (1–100 characters, trimmed); anything else shows the empty search screen.
  const parsed = searchQuery.safeParse({ q: Array.isArray(query.q) ? query.q[0] : query.q })
  const view = parsed.success ? (await screens.search(snapshot, parsed.data.q, audience, now)).view : null
  return (
    <>
      <PreviewBar path="/preview/search" params={query} source={source} />
      <main>
        <PhoneFrame tab="search" query={links} now={now} title="Search">
          <form className="searchbox" method="get" action="/preview/search">
            <input name="q" type="search" defaultValue={parsed.success ? parsed.data.q : ''} placeholder="Search markets, teams, people" aria-label="Search" data-testid="search-input" />
            <SwitchFields params={query} />
          </form>
          {view ? <Results view={view} query={links} /> : <p className="muted empty">Type a team, a market or a handle.</p>}
        </PhoneFrame>
      </main>
    </>
  )
}
