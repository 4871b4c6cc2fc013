/**
 * The explore screen: the tag tree this client may see, in editor order, with the World Cup's groups generated
 * under the tag that filters by the tournament's upstream tag.
 */
import type { CompiledTag, CompiledTournament, ContentSnapshot } from '../content/types'
import { type Audience, isVisible } from './audience'
import type { ExploreNode, ExploreTree } from './schemas'
import { WORLD_CUP_SLUG } from './worldCup'

const byOrder = (a: CompiledTag, b: CompiledTag) => a.order - b.order || a.label.localeCompare(b.label) || a.slug.localeCompare(b.slug)

const namesTag = (tag: CompiledTag | undefined, tagId: number) =>
  tag?.filters.some((filter) => filter.tagIds.includes(tagId) || filter.groups.some((group) => group.tagIds.includes(tagId))) ?? false

/** The World Cup tag: the topmost that filters by the tournament's upstream tag (its children inherit the filter). */
const isTournamentTag = (snapshot: ContentSnapshot, tag: CompiledTag, tournament: CompiledTournament) =>
  namesTag(tag, tournament.upstreamTagId) && !namesTag(tag.parentSlug === null ? undefined : snapshot.tags[tag.parentSlug], tournament.upstreamTagId)

/** One node per group, in the tournament's order: generated, so no editor keeps a tag per group in step. */
const groupNodes = (tournament: CompiledTournament): ExploreNode[] =>
  tournament.groups.map((group) => ({
    slug: `${tournament.slug}-${group.pageSlug}`,
    label: group.pageTitle,
    icon: null,
    kind: 'world-cup-group' as const,
    group: { letter: group.letter, path: `/api/v1/world-cup/groups/${group.letter}` },
    children: [],
  }))

export function exploreTree(snapshot: ContentSnapshot, client: Audience, now: Date): ExploreTree {
  // Group nodes open the tournament's group pages: a client the tournament is hidden from gets none.
  const published = snapshot.tournaments[WORLD_CUP_SLUG]
  const tournament = published && (!published.visibility || isVisible(published.visibility, client, now)) ? published : undefined
  const groupsUnder = (tag: CompiledTag): ExploreNode[] => (tournament && isTournamentTag(snapshot, tag, tournament) ? groupNodes(tournament) : [])
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
        children: [...build(tag.childSlugs, new Set([...seen, tag.slug])), ...groupsUnder(tag)],
      }))
  return { tags: build(snapshot.rootSlugs, new Set()) }
}
