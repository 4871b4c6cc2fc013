// /preview/diff[?tag=slug]: what the draft (or, with `which=release&release=<id>`, a release) changes against what is
// published, through the same screen builders. For a release it also lists the feeds the release changes.
import { PreviewBar, SwitchFields } from '@/components/preview/PreviewBar'
import { requirePreviewAccess } from '@/preview/access'
import { previewAudience, type SearchParams } from '@/preview/audience'
import { diffFeeds, diffTrees } from '@/preview/diff'
import { previewContent, previewSourceOf, viewOrNull } from '@/preview/load'
import { releaseDiff } from '@/preview/releaseDiff'
import { services } from '@/services'

export default async function DiffPreview({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams
  await requirePreviewAccess('/preview/diff', query)
  const audience = previewAudience(query)
  const { content, screens } = services()
  // Both sides as of the same moment: the one the switches choose (`at`), else now.
  const source = previewSourceOf(query)
  const { at } = source
  const changed = source.which === 'release' ? source : { which: 'draft' as const, at }
  const [{ snapshot: publishedSnapshot, now }, { snapshot: draftSnapshot }] = await Promise.all([
    previewContent(content, { which: 'published', at }),
    previewContent(content, changed),
  ])
  const [{ view: published }, { view: draft }] = await Promise.all([screens.explore(publishedSnapshot, audience, now), screens.explore(draftSnapshot, audience, now)])
  const tree = diffTrees(published.tags, draft.tags)
  const tag = typeof query.tag === 'string' ? query.tag : null
  const feeds = tag
    ? await Promise.all([viewOrNull(screens.feed(publishedSnapshot, tag, { limit: 100 }, audience, now)), viewOrNull(screens.feed(draftSnapshot, tag, { limit: 100 }, audience, now))])
    : null
  const feed = feeds?.[0] && feeds[1] ? diffFeeds(feeds[0], feeds[1]) : null
  const release = source.which === 'release' && !tag ? await releaseDiff(content, screens, source.releaseId!, audience) : null
  const none = (list: unknown[]) => (list.length === 0 ? <li className="muted">none</li> : null)
  return (
    <>
      <PreviewBar path="/preview/diff" params={query} source={changed} />
      <main>
        <h1>{source.which === 'release' ? `Release #${source.releaseId} vs published` : 'Draft vs published'}</h1>
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
        {release ? (
          <ul data-testid="release-feeds-diff">
            {release.feeds.flatMap(({ slug, label, diff }) => [
              ...diff.added.map((event) => <li className="added" key={`${slug}a${event}`}>{label}: + {event}</li>),
              ...diff.removed.map((event) => <li className="removed" key={`${slug}r${event}`}>{label}: − {event}</li>),
              ...diff.moved.map((m) => <li className="changed" key={`${slug}m${m.slug}`}>{label}: {m.slug} #{m.from} → #{m.to}</li>),
              ...diff.retitled.map((r) => <li className="changed" key={`${slug}t${r.slug}${r.market}`}>{label}: {r.slug} “{r.from}” → “{r.to}”</li>),
            ])}
            {none(release.feeds)}
            {release.feedsNotCompared > 0 ? <li className="muted">{release.feedsNotCompared} more feeds not compared</li> : null}
          </ul>
        ) : null}
      </main>
    </>
  )
}
