// GET /api/v1/rewards/wallets/{address}?season: a wallet's owner, points, rank and breakdown by activity type.
import { addressParam, walletQuery } from '@/api/v1/queries'
import { STANDINGS_FRESHNESS, walletPage } from '@/api/v1/rewards'
import { cachedJson } from '@/http/cachedJson'
import { route } from '@/http/handler'
import { parseParam, parseQuery } from '@/http/query'
import { rewards } from '@/rewards/service'

export const GET = route<{ params: Promise<{ address: string }> }>(async (request, { params }) => {
  const address = parseParam((await params).address, addressParam, 'address')
  const query = parseQuery(new URL(request.url), walletQuery)
  return cachedJson(request, STANDINGS_FRESHNESS, () => walletPage(rewards(), address, query))
})
