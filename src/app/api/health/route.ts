import { contentSnapshots } from '@/content'
import { checkHealth } from '@/health/health'
import { json, route } from '@/http/handler'
import { payloadClient } from '@/payload/client'

export const dynamic = 'force-dynamic'

export const GET = route(async () => {
  const report = await checkHealth((await payloadClient()).db.pool, { published: contentSnapshots().hasPublished() })
  return json(report, { status: report.status === 'down' ? 503 : 200, headers: { 'cache-control': 'no-store' } })
})
