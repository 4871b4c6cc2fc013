// /preview/explore/{tag}: a tag's feed from the draft configuration (filters, pins, sort, display titles).
import { EventCard } from '@/components/preview/Markets'
import { PreviewBar, whichOf } from '@/components/preview/PreviewBar'
import { requirePreviewAccess } from '@/preview/access'
import { previewAudience, previewQuery, type SearchParams } from '@/preview/audience'
import { snapshotOf, viewOrNotFound } from '@/preview/load'
import { services } from '@/services'

export default async function FeedPreview({ params, searchParams }: { params: Promise<{ tag: string }>; searchParams: Promise<SearchParams> }) {
  const { tag } = await params
  const query = await searchParams
  const path = `/preview/explore/${tag}`
  await requirePreviewAccess(path, query)
  const which = whichOf(query)
  const { content, screens } = services()
  const feed = await viewOrNotFound(screens.feed(await snapshotOf(content, which), tag, { limit: 50 }, previewAudience(query)))
  return (
    <>
      <PreviewBar path={path} params={query} which={which} />
      <main>
        <h1 data-testid="feed-label">{feed.tag.label}</h1>
        <p className="muted">{feed.events.length} events{feed.nextCursor ? ' (first page)' : ''}</p>
        {feed.events.map((event) => (
          <EventCard key={event.id} event={event} query={previewQuery(query)} />
        ))}
      </main>
    </>
  )
}
