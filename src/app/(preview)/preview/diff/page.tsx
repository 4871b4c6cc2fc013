// /preview/diff[?tag=slug]: what the draft changes against what is published, through the same screen builders.
import { PreviewBar, SwitchFields } from '@/components/preview/PreviewBar'
import { requirePreviewAccess } from '@/preview/access'
import { previewAudience, type SearchParams } from '@/preview/audience'
import { diffFeeds, diffTrees } from '@/preview/diff'
import { previewContent, previewSourceOf, viewOrNull } from '@/preview/load'
import { services } from '@/services'

export default async function DiffPreview({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams
  await requirePreviewAccess('/preview/diff', query)
  const audience = previewAudience(query)
  const { content, screens } = services()
  // Both sides as of the same moment: the one the switches choose (`at`), else now.
  const { at } = previewSourceOf(query)
  const [{ snapshot: publishedSnapshot, now }, { snapshot: draftSnapshot }] = await Promise.all([
    previewContent(content, { which: 'published', at }),
    previewContent(content, { which: 'draft', at }),
  ])
  const [{ view: published }, { view: draft }] = await Promise.all([screens.explore(publishedSnapshot, audience, now), screens.explore(draftSnapshot, audience, now)])
  const tree = diffTrees(published.tags, draft.tags)
  const tag = typeof query.tag === 'string' ? query.tag : null
  const feeds = tag
    ? await Promise.all([viewOrNull(screens.feed(publishedSnapshot, tag, { limit: 100 }, audience, now)), viewOrNull(screens.feed(draftSnapshot, tag, { limit: 100 }, audience, now))])
    : null
  const feed = feeds?.[0] && feeds[1] ? diffFeeds(feeds[0], feeds[1]) : null
  const none = (list: unknown[]) => (list.length === 0 ? <li className="muted">none</li> : null)
  return (
    <>
      <PreviewBar path="/preview/diff" params={query} source={{ which: 'draft', at }} />
      <main>
        <h1>Draft vs published</h1>
        <h2>Explore tree</h2>
        <ul data-testid="tree-diff">
          {tree.added.map((slug) => <li className="added" key={`a${slug}`}>+ {slug}</li>)}
          {tree.removed.map((slug) => <li className="removed" key={`r${slug}`}>− {slug}</li>)}
          {tree.renamed.map((r) => <li className="changed" key={`n${r.slug}`}>{r.slug}: “{r.from}” → “{r.to}”</li>)}
          {tree.moved.map((m) => <li className="changed" key={`m${m.slug}`}>{m.slug}: under {m.from ?? 'root'} → {m.to ?? 'root'}</li>)}
          {none([...tree.added, ...tree.removed, ...tree.renamed, ...tree.moved])}
        </ul>
        <form method="get" action="/preview/diff">
          Feed of tag <input name="tag" defaultValue={tag ?? ''} placeholder="e.g. bitcoin" /> <button type="submit">Compare</button>
          <SwitchFields params={query} />
        </form>
        {feed ? (
          <ul data-testid="feed-diff">
            {feed.added.map((slug) => <li className="added" key={`a${slug}`}>+ {slug}</li>)}
            {feed.removed.map((slug) => <li className="removed" key={`r${slug}`}>− {slug}</li>)}
            {feed.moved.map((m) => <li className="changed" key={`m${m.slug}`}>{m.slug}: #{m.from} → #{m.to}</li>)}
            {feed.retitled.map((r) => <li className="changed" key={`t${r.slug}${r.market}`}>{r.slug}: “{r.from}” → “{r.to}”</li>)}
            {none([...feed.added, ...feed.removed, ...feed.moved, ...feed.retitled])}
          </ul>
        ) : null}
      </main>
    </>
  )
}
