/** The explore screen: the tag tree this client may see, in editor order. */
import type { CompiledTag, ContentSnapshot } from '../content/types'
import { type Audience, isVisible } from './audience'
import type { ExploreNode, ExploreTree } from './schemas'

const byOrder = (a: CompiledTag, b: CompiledTag) => a.order - b.order || a.label.localeCompare(b.label) || a.slug.localeCompare(b.slug)

export function exploreTree(snapshot: ContentSnapshot, client: Audience, now: Date): ExploreTree {
  // Walking from the roots means a hidden tag drops its whole subtree without checking ancestors again.
  const build = (slugs: readonly string[], seen: ReadonlySet<string>): ExploreNode[] =>
    slugs
      .map((slug) => snapshot.tags[slug])
      .filter((tag): tag is CompiledTag => tag !== undefined && !seen.has(tag.slug) && isVisible(tag.visibility, client, now))
      .sort(byOrder)
      .map((tag) => ({
        slug: tag.slug,
        label: tag.label,
        icon: tag.icon,
        kind: tag.kind,
        children: build(tag.childSlugs, new Set([...seen, tag.slug])),
      }))
  return { tags: build(snapshot.rootSlugs, new Set()) }
}
