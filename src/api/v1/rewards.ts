/** The rewards endpoints between parsing and responding: the route handlers call these with the replica's services. */
import { z } from 'zod'

import { badRequest } from '../../errors'
import type { Freshness } from '../../http/cachedJson'
import { readJsonBody } from '../../http/jsonBody'
import { parseActivities } from '../../rewards/activityInput'
import { ingestActivities } from '../../rewards/ingest'
import { pickSeason } from '../../rewards/seasons'
import type { Rewards } from '../../rewards/service'
import { walletSummary } from '../../rewards/summary'
import type { LeaderboardPage, SeasonView, WalletSummary } from '../../rewards/views'
import { decodeCursor, encodeCursor } from '../../screens/cursor'
import type { leaderboardQuery, walletQuery } from './queries'

/** 500 activities of a few hundred bytes each, with room to spare. */
export const MAX_INGEST_BYTES = 1024 * 1024

const idempotencyKeyHeader = z.string().regex(/^[\x21-\x7e]{1,255}$/)

export async function postActivities(request: Request, services: Rewards, now = Date.now()): Promise<Response> {
  const apiKeyId = await services.apiKeys.verify(request.headers.get('authorization'))
  const key = request.headers.get('idempotency-key')
  if (key === null) throw badRequest('rewards.idempotency_key_missing', { detail: 'Send an Idempotency-Key header: the same key for every retry of one request.' })
  if (!idempotencyKeyHeader.safeParse(key).success) throw badRequest('rewards.idempotency_key_invalid', { detail: 'An Idempotency-Key is 1–255 visible ASCII characters.' })
  const parsed = parseActivities(await readJsonBody(request, MAX_INGEST_BYTES), now)
  const result = await ingestActivities(services, apiKeyId, key, parsed)
  return new Response(result.body, {
    status: result.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'idempotent-replayed': String(result.status === 200) },
  })
}

const seasonView = (season: { slug: string; name: string; startsAt: string; endsAt: string }): SeasonView => ({
  slug: season.slug,
  name: season.name,
  startsAt: new Date(season.startsAt).toISOString(),
  endsAt: new Date(season.endsAt).toISOString(),
})

/**
 * Leaderboards move with every activity: a page may be a couple of seconds old. Served through the response cache
 * for that long, so a popular board is answered by the fast path instead of a route handler and a query each time.
 */
export const STANDINGS_FRESHNESS: Freshness = { maxAgeSeconds: 2, staleWhileRevalidateSeconds: 30 }

export async function leaderboardPage(services: Rewards, query: z.infer<typeof leaderboardQuery>, now = Date.now()): Promise<LeaderboardPage> {
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


export async function walletPage(services: Rewards, address: string, query: z.infer<typeof walletQuery>, now = Date.now()): Promise<WalletSummary> {
  const season = pickSeason(await services.snapshot(), query.season, now)
  return walletSummary(await services.db(), services.leaderboards, { id: season.id, ...seasonView(season) }, address)
}

