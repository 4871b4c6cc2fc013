// /preview/explore/{tag}: a tag's feed (filters, pins, sort, display titles) as the app would show it.
import { EventCard } from '@/components/preview/Markets'
import { PhoneFrame } from '@/components/preview/PhoneFrame'
import { PreviewBar } from '@/components/preview/PreviewBar'
import { requirePreviewAccess } from '@/preview/access'
import type { SearchParams } from '@/preview/audience'
import { viewOrNotFound } from '@/preview/load'

import { previewPage } from '../../../previewPage'

/** More than the app's first page, so a reviewer sees where pins and sort put events further down. */
const PREVIEW_FEED_LIMIT = 50

export default async function FeedPreview({ params, searchParams }: { params: Promise<{ tag: string }>; searchParams: Promise<SearchParams> }) {
  const { tag } = await params
  const query = await searchParams
  const path = `/preview/explore/${tag}`
  await requirePreviewAccess(path, query)
  const { source, snapshot, now, screens, audience, query: links } = await previewPage(query)
  const feed = await viewOrNotFound(screens.feed(snapshot, tag, { limit: PREVIEW_FEED_LIMIT }, audience, now))
  return (
    <>
      <PreviewBar path={path} params={query} source={source} />
      <main>
        <PhoneFrame tab="explore" query={links} now={now} back={{ href: '/preview', label: 'Explore' }} title={<span data-testid="feed-label">{feed.tag.label}</span>}>
          <p className="muted screen-note">
            {feed.events.length} event{feed.events.length === 1 ? '' : 's'}
            {feed.nextCursor ? ` · the first ${PREVIEW_FEED_LIMIT}; the app loads more as you scroll` : ''}
          </p>
          {feed.events.length === 0 ? <p className="muted empty">Nothing in this feed right now.</p> : null}
          {feed.events.map((event) => (
            <EventCard key={event.id} event={event} query={links} />
          ))}
        </PhoneFrame>
      </main>
    </>
  )
}
