/** The rewards screens (leaderboard, wallet) between parsing and responding, read with the rewards service. */
import type { CompiledSeason } from '../content/types'
import { pickSeason } from '../rewards/seasons'
import type { Rewards } from '../rewards/service'
import { walletSummary } from '../rewards/summary'
import type { LeaderboardPage, SeasonView, WalletSummary } from '../rewards/views'
import { decodeCursor, encodeCursor } from '../screens/cursor'

const seasonView = (season: CompiledSeason): SeasonView => ({
  slug: season.slug,
  name: season.name,
  startsAt: new Date(season.startsAt).toISOString(),
  endsAt: new Date(season.endsAt).toISOString(),
})

export async function leaderboardPage(services: Rewards, query: { season?: string; limit: number; cursor?: string }, now = Date.now()): Promise<LeaderboardPage> {
  const season = pickSeason(await services.snapshot(), query.season, now)
  // The cursor is an offset into the season's ranking; one from another season is refused.
  const offset = query.cursor ? decodeCursor(query.cursor, `leaderboard:${season.slug}`) : 0
  const page = await services.leaderboards.page(season.id, offset, query.limit)
  const next = offset + page.rows.length
  return {
    season: seasonView(season),
    entries: page.rows.map((row) => ({
      rank: row.rank,
      wallet: row.holder,
      displayName: row.owner ? (row.owner.displayName ?? row.owner.handle) : null,
      handle: row.owner?.handle ?? null,
      points: row.points,
    })),
    total: page.count,
    nextCursor: next < page.count && page.rows.length > 0 ? encodeCursor(next, `leaderboard:${season.slug}`) : null,
  }
}

export async function walletPage(services: Rewards, address: string, query: { season?: string }, now = Date.now()): Promise<WalletSummary> {
  const season = pickSeason(await services.snapshot(), query.season, now)
  return walletSummary(await services.db(), services.leaderboards, { id: season.id, ...seasonView(season) }, address)
}

