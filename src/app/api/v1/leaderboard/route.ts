// GET /api/v1/leaderboard?season&limit&cursor: a season's ranking, points as decimal strings.
import { FRESHNESS } from '@/api/v1/freshness'
import { countMiss } from '@/api/v1/limits'
import { leaderboardQuery } from '@/api/v1/queries'
import { cachedJson, fresh } from '@/http/cachedJson'
import { route } from '@/http/handler'
import { parseQuery } from '@/http/query'
import { leaderboardPage } from '@/loaders/rewards'
import { services } from '@/services'

export const GET = route(async (request) => {
  const query = parseQuery(new URL(request.url), leaderboardQuery)
  const { rewards, responses, limits } = services()
  return cachedJson(responses, request, FRESHNESS.standings, async () => fresh(await leaderboardPage(rewards, query)), { onMiss: countMiss(limits, request) })
})
