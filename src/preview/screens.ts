/** Preview screens: the same builders as the mobile API, fed the draft (or published) snapshot. */
import { contentSnapshots } from '../content'
import type { ContentSnapshot } from '../content/types'
import { marketStore } from '../markets/store'
import type { Audience } from '../screens/audience'
import { buildEventPage } from '../screens/eventPage'
import { exploreTree } from '../screens/explore'
import { buildFeedPage, pinnedQueriesFor, upstreamQueriesFor } from '../screens/feed'
import { worldCupPage } from '../screens/worldCup'

export type Which = 'draft' | 'published'

export const snapshotOf = (which: Which): Promise<ContentSnapshot> =>
  which === 'draft' ? contentSnapshots().draftSnapshot() : contentSnapshots().publishedSnapshot()

export async function previewExplore(which: Which, client: Audience) {
  return exploreTree(await snapshotOf(which), client, new Date())
}

export async function previewFeed(which: Which, slug: string, client: Audience, limit = 50) {
  const snapshot = await snapshotOf(which)
  const tag = snapshot.tags[slug]
  if (!tag) return null
  const now = new Date()
  const events = await marketStore().eventsForAll([...upstreamQueriesFor(tag, now), ...pinnedQueriesFor(tag)])
  return buildFeedPage(snapshot, tag, events, { limit }, client, now)
}

export async function previewEvent(which: Which, slug: string, client: Audience) {
  const [snapshot, event] = await Promise.all([snapshotOf(which), marketStore().eventBySlug(slug)])
  return buildEventPage(event, snapshot, client, new Date())
}

export async function previewWorldCup(which: Which, client: Audience) {
  const snapshot = await snapshotOf(which)
  const tournament = Object.values(snapshot.tournaments)[0]
  if (!tournament) return null
  const events = await marketStore().eventsForAll([
    { closed: false, tagIds: [tournament.upstreamTagId] },
    { closed: true, tagIds: [tournament.upstreamTagId] },
  ])
  return worldCupPage(tournament, events, snapshot, client, new Date())
}
