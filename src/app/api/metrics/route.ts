// GET /api/metrics: Prometheus text format; `?format=json` gives the same counters as JSON.
import { route } from '@/http/handler'
import { services } from '@/services'

export const GET = route(async (request) => {
  const { metrics } = services()
  if (new URL(request.url).searchParams.get('format') === 'json') return Response.json(metrics.snapshot())
  return new Response(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType } })
})
