/**
 * The topics a live client may ask for: `config`, `event:{slug}`, `tag:{explore tag slug}` (resolved to upstream tags),
 * `world-cup` (the tournament's matches, resolved to its upstream tag).
 */
import { z } from 'zod'

import type { ContentSnapshot } from '../content/types'
import { badRequest } from '../errors'
import { WORLD_CUP_SLUG } from '../screens/worldCup'

const topic = z.union([z.literal('config'), z.literal('world-cup'), z.string().regex(/^event:[a-z0-9]+(?:-[a-z0-9]+)*$/), z.string().regex(/^tag:[a-z0-9]+(?:-[a-z0-9]+)*$/)])

export const liveQuery = z.object({
  topics: z
    .string()
    .min(1)
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(topic).min(1).max(50)),
})

/** Bus topics for the requested ones: an explore tag listens to the upstream tags its own filter names. */
export function busTopics(requested: string[], snapshot: ContentSnapshot): Set<string> {
  const topics = new Set<string>()
  for (const name of requested) {
    if (name === 'world-cup') {
      const tournament = snapshot.tournaments[WORLD_CUP_SLUG]
      if (!tournament) throw badRequest('live.unknown_tag', { detail: 'The World Cup is not published.' })
      topics.add(`tag:${tournament.upstreamTagId}`)
      continue
    }
    if (!name.startsWith('tag:')) {
      topics.add(name)
      continue
    }
    const tag = snapshot.tags[name.slice(4)]
    if (!tag) throw badRequest('live.unknown_tag', { detail: `No explore tag "${name.slice(4)}".` })
    const own = tag.filters.at(-1)
    for (const id of own ? [...own.tagIds, ...own.groups.flatMap((group) => group.tagIds)] : []) topics.add(`tag:${id}`)
  }
  return topics
}

/** What the live refresher keeps current for these topics: each event, each explore tag's feed, the World Cup's matches. */
export function watchedItems(requested: readonly string[]): string[] {
  return requested.flatMap((name) => (name.startsWith('event:') || name === 'world-cup' ? [name] : name.startsWith('tag:') ? [`feed:${name.slice(4)}`] : []))
}

/** The event slug an `event:{slug}` topic (or watched item) names; null for any other. */
export const eventTopicSlug = (topic: string): string | null => (topic.startsWith('event:') ? topic.slice('event:'.length) : null)
