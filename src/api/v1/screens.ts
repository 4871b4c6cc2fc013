/**
 * The I/O around the pure screen builders: read the published snapshot and the market store (concurrently where a
 * screen needs several upstream queries), then build the view. Route handlers only parse and respond.
 */
import { contentSnapshots } from '../../content'
import type { CompiledTournament, ContentSnapshot } from '../../content/types'
import { notFound } from '../../errors'
import { marketStore } from '../../markets/store'
import type { Audience } from '../../screens/audience'
import { isTagVisible } from '../../screens/audience'
import { exploreTree } from '../../screens/explore'
import { buildEventPage } from '../../screens/eventPage'
import { buildFeedPage, pinnedQueriesFor, upstreamQueriesFor } from '../../screens/feed'
import { searchView } from '../../screens/search'
import { worldCupGroupPage, worldCupPage } from '../../screens/worldCup'
import { searchProfiles } from './profiles'

export const WORLD_CUP_SLUG = 'world-cup-2026'

export async function exploreScreen(client: Audience, now = new Date()) {
  return exploreTree(await contentSnapshots().publishedSnapshot(), client, now)
}

export async function feedScreen(tagSlug: string, page: { limit: number; cursor?: string }, client: Audience, now = new Date()) {
  const snapshot = await contentSnapshots().publishedSnapshot()
  const tag = snapshot.tags[tagSlug]
  if (!tag || !isTagVisible(snapshot, tag, client, now)) throw notFound('explore.tag_not_found', { detail: `No explore tag "${tagSlug}".` })
  // Pinned events may sit outside the tag's filter: fetched by slug, alongside the filter's own queries.
  const events = await marketStore().eventsForAll([...upstreamQueriesFor(tag, now), ...pinnedQueriesFor(tag)])
  return buildFeedPage(snapshot, tag, events, page, client, now)
}

export async function eventScreen(slug: string, client: Audience, now = new Date()) {
  const [snapshot, event] = await Promise.all([contentSnapshots().publishedSnapshot(), marketStore().eventBySlug(slug)])
  return buildEventPage(event, snapshot, client, now)
}

function tournamentOf(snapshot: ContentSnapshot): CompiledTournament {
  const tournament = snapshot.tournaments[WORLD_CUP_SLUG]
  if (!tournament) throw notFound('world_cup.not_configured', { detail: 'The World Cup is not published.' })
  return tournament
}

/** Every match of the tournament, open and settled (the tournament may be over): two upstream reads at once. */
async function tournamentEvents(tournament: CompiledTournament) {
  return marketStore().eventsForAll([
    { closed: false, tagIds: [tournament.upstreamTagId] },
    { closed: true, tagIds: [tournament.upstreamTagId] },
  ])
}

export async function worldCupScreen(client: Audience, now = new Date()) {
  const snapshot = await contentSnapshots().publishedSnapshot()
  const tournament = tournamentOf(snapshot)
  return worldCupPage(tournament, await tournamentEvents(tournament), snapshot, client, now)
}

export async function worldCupGroupScreen(letter: string, client: Audience, now = new Date()) {
  const snapshot = await contentSnapshots().publishedSnapshot()
  const tournament = tournamentOf(snapshot)
  return worldCupGroupPage(tournament, letter, await tournamentEvents(tournament), snapshot, client, now)
}

export async function searchScreen(q: string, client: Audience, now = new Date()) {
  const snapshot = await contentSnapshots().publishedSnapshot()
  const tournament = snapshot.tournaments[WORLD_CUP_SLUG]
  const [upstream, matches, profiles] = await Promise.all([
    marketStore().search(q, { limitPerType: 10, eventsStatus: 'active' }),
    tournament ? tournamentEvents(tournament) : Promise.resolve([]),
    searchProfiles(q, 10),
  ])
  return searchView(q, snapshot, upstream, matches, profiles, { tags: 10, events: 20, profiles: 10 }, client, now)
}
