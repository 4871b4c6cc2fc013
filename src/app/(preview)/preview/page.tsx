// /preview: the explore tree as the app would show it, from the draft configuration.
import { PreviewBar, whichOf } from '@/components/preview/PreviewBar'
import { requirePreviewAccess } from '@/preview/access'
import { previewAudience, previewQuery, type SearchParams } from '@/preview/audience'
import { snapshotOf } from '@/preview/load'
import { services } from '@/services'
import type { ExploreNode } from '@/screens/schemas'

function Tree({ nodes, query }: { nodes: ExploreNode[]; query: string }) {
  return (
    <ul className="tree">
      {nodes.map((node) => (
        <li key={node.slug}>
          <a href={`/preview/explore/${node.slug}${query}`} data-testid="tree-tag">
            {node.label}
          </a>{' '}
          <span className="muted">{node.kind}</span>
          {node.children.length ? <Tree nodes={node.children} query={query} /> : null}
        </li>
      ))}
    </ul>
  )
}

export default async function ExplorePreview({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams
  await requirePreviewAccess('/preview', params)
  const which = whichOf(params)
  const { content, screens } = services()
  const { view: tree } = await screens.explore(await snapshotOf(content, which), previewAudience(params))
  return (
    <>
      <PreviewBar path="/preview" params={params} which={which} />
      <main>
        <h1>Explore</h1>
        <Tree nodes={tree.tags} query={previewQuery(params)} />
      </main>
    </>
  )
}

