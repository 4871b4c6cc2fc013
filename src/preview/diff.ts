/**
 * What a draft changes against what is published, computed by running both snapshots through the same screen
 * builders: tags added/removed/renamed in the explore tree, and per feed the events added, removed, moved and
 * retitled.
 */
import type { ExploreNode, FeedPage } from '../screens/schemas'

export interface TreeDiff {
  added: string[]
  removed: string[]
  renamed: { slug: string; from: string; to: string }[]
  moved: { slug: string; from: string | null; to: string | null }[]
}

const index = (nodes: ExploreNode[], parent: string | null = null, into = new Map<string, { label: string; parent: string | null }>()) => {
  for (const node of nodes) {
    into.set(node.slug, { label: node.label, parent })
    index(node.children, node.slug, into)
  }
  return into
}

export function diffTrees(published: ExploreNode[], draft: ExploreNode[]): TreeDiff {
  const before = index(published)
  const after = index(draft)
  const diff: TreeDiff = { added: [], removed: [], renamed: [], moved: [] }
  for (const [slug, node] of after) {
    const old = before.get(slug)
    if (!old) diff.added.push(slug)
    else {
      if (old.label !== node.label) diff.renamed.push({ slug, from: old.label, to: node.label })
      if (old.parent !== node.parent) diff.moved.push({ slug, from: old.parent, to: node.parent })
    }
  }
  for (const slug of before.keys()) if (!after.has(slug)) diff.removed.push(slug)
  return diff
}

export interface FeedDiff {
  added: string[]
  removed: string[]
  moved: { slug: string; from: number; to: number }[]
  retitled: { slug: string; market: string; from: string; to: string }[]
}

export function diffFeeds(published: FeedPage, draft: FeedPage): FeedDiff {
  const position = (page: FeedPage) => new Map(page.events.map((event, i) => [event.slug, i]))
  const before = position(published)
  const after = position(draft)
  const titles = (page: FeedPage) => new Map(page.events.flatMap((event) => event.markets.map((market) => [`${event.slug}/${market.id}`, market.displayTitle] as const)))
  const oldTitles = titles(published)
  const diff: FeedDiff = { added: [], removed: [], moved: [], retitled: [] }
  for (const [slug, at] of after) {
    const was = before.get(slug)
    if (was === undefined) diff.added.push(slug)
    else if (was !== at) diff.moved.push({ slug, from: was + 1, to: at + 1 })
  }
  for (const slug of before.keys()) if (!after.has(slug)) diff.removed.push(slug)
  for (const [key, title] of titles(draft)) {
    const old = oldTitles.get(key)
    if (old !== undefined && old !== title) diff.retitled.push({ slug: key.split('/')[0]!, market: key.split('/')[1]!, from: old, to: title })
  }
  return diff
}
