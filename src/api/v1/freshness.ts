/** Cache-Control per screen, derived from the TTLs of the data under it (see MARKET_TTLS). */
import type { Freshness } from '../../http/cachedJson'
import { MARKET_TTLS } from '../../markets/store'

const seconds = (ms: number) => Math.round(ms / 1000)
const fromTtl = (ttl: { softTtlMs: number; hardTtlMs: number }): Freshness => ({
  maxAgeSeconds: seconds(ttl.softTtlMs),
  staleWhileRevalidateSeconds: seconds(ttl.hardTtlMs - ttl.softTtlMs),
})

export const FRESHNESS = {
  /** Configuration only: changes on publish, which also clears the server's response cache. */
  explore: { maxAgeSeconds: 30, staleWhileRevalidateSeconds: 300 },
  marketScreens: fromTtl(MARKET_TTLS.openEvents),
  search: fromTtl(MARKET_TTLS.search),
  /**
   * Leaderboards move with every activity: a page may be a couple of seconds old. Served through the response cache
   * for that long, so a popular board is answered by the fast path instead of a route handler and a query each time.
   */
  standings: { maxAgeSeconds: 2, staleWhileRevalidateSeconds: 30 },
} satisfies Record<string, Freshness>
