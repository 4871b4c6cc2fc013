/**
 * The one screen loader, used by the mobile API (published snapshot) and the preview (draft or published): reads the
 * market data a screen needs (concurrently where it needs several upstream queries) and hands it to the pure
 * builder. Parameterised by the snapshot and the audience; what each screen may show is decided by its builder.
 * Each result says whether it was built from market data past its soft TTL.
 */
import type { Admission } from '../cache/swr'
import type { ContentSnapshot } from '../content/types'
import { notFound } from '../errors'
import type { Loaded } from '../http/cachedJson'
import type { MarketStore, Served } from '../markets/store'
import { type Audience, isVisible, withAudienceDisplayRules } from '../screens/audience'
import { buildEventPage } from '../screens/eventPage'
import { exploreTree } from '../screens/explore'
import { buildFeedPage, type FeedRequest, pinnedQueriesFor, upstreamQueriesFor } from '../screens/feed'
import { isKeysetCursor } from '../screens/feedCursor'
import { keysetUnavailable } from '../markets/gamma/paginate'
import { pagedFeed } from './feedPages'
import type { EventPage, ExploreTree, FeedPage, SearchView, WorldCupGroupPage, WorldCupPage } from '../screens/schemas'
import { DEFAULT_SEARCH_LIMITS, searchView, teamsNamedBy, UPSTREAM_SEARCH_PER_TYPE } from '../screens/search'
import { tournamentQueriesFor, WORLD_CUP_SLUG, worldCupGroupPage, worldCupPage } from '../screens/worldCup'
import type { ProfileSearch } from './profiles'

export interface ScreenLoader {
  explore(snapshot: ContentSnapshot, audience: Audience, now?: Date): Promise<Loaded<ExploreTree>>
  feed(snapshot: ContentSnapshot, tagSlug: string, page: FeedRequest, audience: Audience, now?: Date): Promise<Loaded<FeedPage>>
  event(snapshot: ContentSnapshot, slug: string, audience: Audience, now?: Date): Promise<Loaded<EventPage>>
  worldCup(snapshot: ContentSnapshot, audience: Audience, now?: Date): Promise<Loaded<WorldCupPage>>
  worldCupGroup(snapshot: ContentSnapshot, letter: string, audience: Audience, now?: Date): Promise<Loaded<WorldCupGroupPage>>
  search(snapshot: ContentSnapshot, q: string, audience: Audience, now?: Date): Promise<Loaded<SearchView>>
  /** The same screens, their market reads carrying a request's admission (counted in the first read's round trip). */
  admitted(admission: Admission): ScreenLoader
}

export function createScreenLoader(deps: { markets: MarketStore; profiles: ProfileSearch; cursorKey: () => Buffer }, admission?: Admission): ScreenLoader {
  const { markets, profiles } = deps
  /**
   * Runs one screen's reads with a tracker their staleness is noted in, on the snapshot as this audience sees it
   * (without the display rules it does not get; the build's `snapshot` shadows the published one on purpose).
   */
  const load = async <T>(published: ContentSnapshot, audience: Audience, now: Date, build: (served: Served, snapshot: ContentSnapshot) => Promise<T>): Promise<Loaded<T>> => {
    const served: Served = { stale: false, events: new Set(), admission }
    const view = await build(served, withAudienceDisplayRules(published, audience, now))
    return { view, stale: served.stale, events: served.events, configVersion: published.configVersion }
  }

  /** The World Cup when this client may see it: a tournament outside its audience is not there, group pages included. */
  const shownTournament = (snapshot: ContentSnapshot, audience: Audience, now: Date) => {
    const tournament = snapshot.tournaments[WORLD_CUP_SLUG]
    return tournament && (!tournament.visibility || isVisible(tournament.visibility, audience, now)) ? tournament : undefined
  }
  const tournamentOf = (snapshot: ContentSnapshot, audience: Audience, now: Date) => {
    const tournament = shownTournament(snapshot, audience, now)
    if (!tournament) throw notFound('world_cup.not_configured', { detail: 'The World Cup is not published.' })
    return tournament
  }

  return {
    explore: async (snapshot, audience, now = new Date()) => ({ view: exploreTree(snapshot, audience, now), stale: false, configVersion: snapshot.configVersion }),

    feed: (snapshot, tagSlug, page, audience, now = new Date()) =>
      load(snapshot, audience, now, async (served, snapshot) => {
        const tag = snapshot.tags[tagSlug]
        if (!tag) throw notFound('explore.tag_not_found', { detail: `No explore tag "${tagSlug}".` })
        // Read page by page in the upstream's order; offset cursors belong to the whole-tag read below.
        if (!page.cursor || isKeysetCursor(page.cursor)) {
          try {
            return await pagedFeed(deps, snapshot, tag, page, audience, now, served)
          } catch (error) {
            // Without the keyset endpoint a first page falls back to reading the whole tag through the offset list.
            if (page.cursor || !keysetUnavailable(error)) throw error
          }
        }
        // Pinned events may sit outside the tag's filter: fetched by slug, alongside the filter's own queries.
        const events = await markets.eventsForAll([...upstreamQueriesFor(tag, now), ...pinnedQueriesFor(tag)], served)
        return buildFeedPage(snapshot, tag, events, page, audience, now)
      }),

    event: (snapshot, slug, audience, now = new Date()) =>
      load(snapshot, audience, now, async (served, snapshot) => buildEventPage(await markets.eventBySlug(slug, served), snapshot, audience, now)),

    worldCup: (snapshot, audience, now = new Date()) =>
      load(snapshot, audience, now, async (served, snapshot) => {
        const tournament = tournamentOf(snapshot, audience, now)
        return worldCupPage(tournament, await markets.eventsForAll(tournamentQueriesFor(tournament), served), snapshot, audience, now)
      }),

    worldCupGroup: (snapshot, letter, audience, now = new Date()) =>
      load(snapshot, audience, now, async (served, snapshot) => {
        const tournament = tournamentOf(snapshot, audience, now)
        return worldCupGroupPage(tournament, letter, await markets.eventsForAll(tournamentQueriesFor(tournament), served), snapshot, audience, now)
      }),

    search: (snapshot, q, audience, now = new Date()) =>
      load(snapshot, audience, now, async (served, snapshot) => {
        const tournament = shownTournament(snapshot, audience, now)
        // Matches are injected only for a query naming a tournament team: for any other they are not read, and the
        // response does not depend on them.
        const teams = teamsNamedBy(q, snapshot)
        const injected = tournament && teams.size > 0 ? tournament : undefined
        // The query's own read first: a distinct query is the miss, so it is the read that carries the admission.
        const [upstream, matches, people] = await Promise.all([
          markets.search(q, { limitPerType: UPSTREAM_SEARCH_PER_TYPE, eventsStatus: 'active' }, served),
          injected ? markets.eventsForAll(tournamentQueriesFor(injected), served) : Promise.resolve([]),
          profiles(q, DEFAULT_SEARCH_LIMITS.profiles),
        ])
        return searchView(q, snapshot, upstream, matches, people, DEFAULT_SEARCH_LIMITS, audience, now, teams)
      }),

    admitted: (next) => createScreenLoader(deps, next),
  }
}
