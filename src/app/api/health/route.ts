// GET /api/health: the dependencies' state; 503 when the app cannot serve.
import { checkHealth } from '@/health/health'
import { json, route } from '@/http/handler'
import { services } from '@/services'

export const dynamic = 'force-dynamic'

export const GET = route(async () => {
  const { payload, redis, content, config } = services()
  const report = await checkHealth({ database: (await payload()).db.pool, redis, gammaUrl: config.GAMMA_URL, content: { published: content.hasPublished() } })
  return json(report, { status: report.status === 'down' ? 503 : 200, headers: { 'cache-control': 'no-store' } })
})
