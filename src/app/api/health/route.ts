// GET /api/health: up, degraded or down for anyone (200, or 503 when down); the dependencies' details for operators.
import { settingSources } from '@/config/envFiles'
import { checkHealth } from '@/health/health'
import { json, route } from '@/http/handler'
import { opsAuthorized } from '@/http/opsAccess'
import { services } from '@/services'

export const dynamic = 'force-dynamic'

export const GET = route(async (request) => {
  const { payload, redis, content, config } = services()
  const report = await checkHealth({ database: (await payload()).db.pool, redis, gammaUrl: config.GAMMA_URL, content: { published: content.hasPublished() }, settings: settingSources() })
  const body = opsAuthorized(request.headers, config) ? report : { status: report.status, time: report.time }
  return json(body, { status: report.status === 'down' ? 503 : 200, headers: { 'cache-control': 'no-store' } })
})
