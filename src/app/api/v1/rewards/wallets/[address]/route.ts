// GET /api/v1/rewards/wallets/{address}?season: a wallet's owner, points, rank and breakdown by activity type.
import { FRESHNESS } from '@/api/v1/freshness'
import { countMiss } from '@/api/v1/limits'
import { addressParam, walletQuery } from '@/api/v1/queries'
import { cachedJson, fresh } from '@/http/cachedJson'
import { route } from '@/http/handler'
import { parseParam, parseQuery } from '@/http/query'
import { walletPage } from '@/loaders/rewards'
import { services } from '@/services'

export const GET = route<{ params: Promise<{ address: string }> }>(async (request, { params }) => {
  const address = parseParam((await params).address, addressParam, 'address')
  const query = parseQuery(new URL(request.url), walletQuery)
  const { rewards, responses, limits } = services()
  return cachedJson(responses, request, FRESHNESS.standings, async () => fresh(await walletPage(rewards, address, query)), { onMiss: countMiss(limits, request) })
})
