// /preview: the explore tree as the app would show it, from the configuration the switches choose.
import { ExploreTree } from '@/components/preview/ExploreTree'
import { PhoneFrame } from '@/components/preview/PhoneFrame'
import { PreviewBar, SwitchFields } from '@/components/preview/PreviewBar'
import { requirePreviewAccess } from '@/preview/access'
import type { SearchParams } from '@/preview/audience'

import { previewPage } from '../previewPage'

export default async function ExplorePreview({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams
  await requirePreviewAccess('/preview', params)
  const { source, snapshot, now, screens, audience, query } = await previewPage(params)
  const { view: tree } = await screens.explore(snapshot, audience, now)
  return (
    <>
      <PreviewBar path="/preview" params={params} source={source} />
      <main>
        <PhoneFrame tab="explore" query={query} now={now} title="Explore">
          <form className="searchbox" method="get" action="/preview/search">
            <input name="q" type="search" placeholder="Search markets, teams, people" aria-label="Search" />
            <SwitchFields params={params} />
          </form>
          <ExploreTree nodes={tree.tags} query={query} />
        </PhoneFrame>
      </main>
    </>
  )
}
