/**
 * What publishing a release changes: the published configuration against the same with the release applied, both
 * run through the app's screen builders. The explore tree, and the feeds the release can change: those of tags whose
 * compiled settings differ, or every visible tag's when it changes what all feeds show (display rules, vocabulary,
 * sports, teams), up to MAX_FEEDS, read a few at a time.
 */
import pLimit from 'p-limit'

import type { ContentSnapshots } from '../content/snapshots'
import type { ContentSnapshot } from '../content/types'
import type { ScreenLoader } from '../loaders/screens'
import type { Audience } from '../screens/audience'
import type { ExploreNode } from '../screens/schemas'
import { diffFeeds, diffTrees, type FeedDiff, type TreeDiff } from './diff'
import { viewOrNull } from './load'

const MAX_FEEDS = 12
const CONCURRENT_FEEDS = 4
const FEED_LIMIT = 50

export interface ReleaseDiff {
  tree: TreeDiff
  feeds: { slug: string; label: string; diff: FeedDiff }[]
  /** Feeds left uncompared because the release touches more than MAX_FEEDS. */
  feedsNotCompared: number
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

const flatten = (nodes: ExploreNode[]): ExploreNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)])

/** The tags whose feed the change from `before` to `after` can move. */
export function feedsToCompare(before: ContentSnapshot, after: ContentSnapshot, visible: string[]): string[] {
  const global = !same(before.displayRules, after.displayRules) || !same(before.props, after.props) || !same(before.sports, after.sports) || !same(before.teams, after.teams)
  return visible.filter((slug) => global || !same(before.tags[slug], after.tags[slug]))
}

export async function releaseDiff(content: ContentSnapshots, screens: ScreenLoader, releaseId: string, audience: Audience): Promise<ReleaseDiff> {
  const [published, release] = await Promise.all([content.publishedSnapshot(), content.previewSnapshot({ which: 'release', releaseId })])
  const [before, after] = await Promise.all([screens.explore(published, audience), screens.explore(release, audience)])
  const labels = new Map([...flatten(before.view.tags), ...flatten(after.view.tags)].map((node) => [node.slug, node.label]))
  // Generated World Cup group nodes open group pages, not feeds.
  const feedSlugs = new Set([...flatten(before.view.tags), ...flatten(after.view.tags)].filter((node) => !node.group).map((node) => node.slug))
  const candidates = feedsToCompare(published, release, [...feedSlugs])
  const limit = pLimit(CONCURRENT_FEEDS)
  const compare = async (slug: string) => {
    const [old, next] = await Promise.all([viewOrNull(screens.feed(published, slug, { limit: FEED_LIMIT }, audience)), viewOrNull(screens.feed(release, slug, { limit: FEED_LIMIT }, audience))])
    const empty = { events: [], nextCursor: null } as unknown as NonNullable<typeof old>
    return { slug, label: labels.get(slug) ?? slug, diff: diffFeeds(old ?? next ?? empty, next ?? empty) }
  }
  const compared = await Promise.all(candidates.slice(0, MAX_FEEDS).map((slug) => limit(() => compare(slug))))
  const changed = compared.filter(({ diff }) => diff.added.length + diff.removed.length + diff.moved.length + diff.retitled.length > 0)
  return { tree: diffTrees(before.view.tags, after.view.tags), feeds: changed, feedsNotCompared: Math.max(0, candidates.length - MAX_FEEDS) }
}
