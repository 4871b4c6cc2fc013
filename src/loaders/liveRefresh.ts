/**
 * What the live refresher reloads for each watched item: an event (`event:{slug}`) by its slug, a feed
 * (`feed:{explore tag slug}`) by the first upstream page of each of its queries at the default page size — the
 * entries the first screen of that feed reads — and the World Cup (`world-cup`) by its open matches, the list its
 * pages read, so the next read shows what the refresh found.
 */
import type { ContentSnapshot } from '../content/types'
import { badRequest, isAppError } from '../errors'
import type { RefreshResult } from '../live/refresher'
import { eventTopicSlug } from '../live/topics'
import type { GammaEvent } from '../markets/gamma/types'
import type { MarketStore } from '../markets/store'
import { DEFAULT_FEED_LIMIT } from '../screens/feed'
import { tournamentQueriesFor, WORLD_CUP_SLUG } from '../screens/worldCup'
import { feedQueries, upstreamPageSize } from './feedPages'

const resultOf = (events: readonly GammaEvent[]): RefreshResult =>
  events.some((event) => event.live) ? 'live' : events.some((event) => !event.closed) ? 'open' : 'settled'

/**
 * Refuses `event:` topics naming events the market data does not know (400 `live.unknown_event`), before they are
 * watched: a made-up slug must not become an item refreshed at every cadence. Reads through the cache, so known
 * events cost nothing and unknown ones are remembered briefly (negative caching).
 */
export async function requireKnownEvents(markets: MarketStore, slugs: readonly string[]): Promise<void> {
  await Promise.all(
    slugs.map((slug) =>
      markets.eventBySlug(slug).catch((error: unknown) => {
        if (isAppError(error, 'NotFound')) throw badRequest('live.unknown_event', { detail: `No event "${slug}".`, context: { slug } })
        throw error
      }),
    ),
  )
}

export function liveRefresh(markets: MarketStore, snapshot: () => Promise<ContentSnapshot>): (item: string) => Promise<RefreshResult> {
  return async (item) => {
    const slug = eventTopicSlug(item)
    if (slug !== null) {
      // An event gone from the upstream since it was watched is asked for again only at the slow cadence.
      const event = await markets.refreshEvent(slug).catch((error: unknown) => {
        if (isAppError(error, 'NotFound')) return null
        throw error
      })
      return event ? resultOf([event]) : 'settled'
    }
    if (item === 'world-cup') {
      const tournament = (await snapshot()).tournaments[WORLD_CUP_SLUG]
      if (!tournament) return 'settled'
      // The matches not yet settled: where scores and prices move (results are read at their own, slower TTL).
      const open = tournamentQueriesFor(tournament).filter((query) => !query.closed)
      return resultOf((await Promise.all(open.map((query) => markets.refreshEvents(query)))).flat())
    }
    if (item.startsWith('feed:')) {
      const tag = (await snapshot()).tags[item.slice('feed:'.length)]
      if (!tag) return 'settled'
      const pages = await Promise.all(
        feedQueries(tag, new Date()).map((query) => markets.refreshEventsPage(query, null, upstreamPageSize(DEFAULT_FEED_LIMIT))),
      )
      return resultOf(pages.flatMap((page) => page.events))
    }
    return 'settled'
  }
}
