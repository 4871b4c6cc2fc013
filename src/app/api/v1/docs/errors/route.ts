// GET /api/v1/docs/errors: every problem code, its status, meaning and what to do; problem `type`s link here.
import { errorCataloguePage } from '@/api/v1/errorCatalogue'
import { route } from '@/http/handler'

export const dynamic = 'force-static'

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"

export const GET = route(
  () => new Response(errorCataloguePage(), { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300', 'content-security-policy': POLICY } }),
)
