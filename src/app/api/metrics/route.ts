// GET /api/metrics: Prometheus text format; `?format=json` gives the same counters as JSON.
import { route } from '@/http/handler'
import { metricsRegistry, metricsSnapshot } from '@/metrics/registry'

export const GET = route(async (request) => {
  if (new URL(request.url).searchParams.get('format') === 'json') return Response.json(metricsSnapshot())
  const registry = metricsRegistry()
  return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } })
})
