// GET /api/v1/leaderboard?season&limit&cursor: a season's ranking, points as decimal strings.
import { leaderboardQuery } from '@/api/v1/queries'
import { leaderboardPage, STANDINGS_FRESHNESS } from '@/api/v1/rewards'
import { cachedJson } from '@/http/cachedJson'
import { route } from '@/http/handler'
import { parseQuery } from '@/http/query'
import { rewards } from '@/rewards/service'

export const GET = route(async (request) => {
  const query = parseQuery(new URL(request.url), leaderboardQuery)
  return cachedJson(request, STANDINGS_FRESHNESS, () => leaderboardPage(rewards(), query))
})
