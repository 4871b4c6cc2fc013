// GET /api/metrics: Prometheus text format; `?format=json` gives the same counters as JSON. Operators only.
import { route } from '@/http/handler'
import { requireOps } from '@/http/opsAccess'
import { services } from '@/services'

export const GET = route(async (request) => {
  const { metrics, config, front } = services()
  requireOps(request.headers, config)
  // Hits the front process answered are counted there.
  await front?.flush()
  if (new URL(request.url).searchParams.get('format') === 'json') return Response.json(metrics.snapshot())
  return new Response(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType } })
})
