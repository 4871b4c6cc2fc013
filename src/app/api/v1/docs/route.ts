// GET /api/v1/docs: the API reference, rendered by Redoc from /api/v1/openapi.json; everything served by the app.
import { route } from '@/http/handler'

export const dynamic = 'force-static'

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Playbook mobile API</title>
    <style>body { margin: 0 }</style>
  </head>
  <body>
    <redoc spec-url="/api/v1/openapi.json" hide-download-button="false" path-in-middle-panel="true"></redoc>
    <script src="/api/v1/docs/redoc.standalone.js"></script>
  </body>
</html>
`

// Everything from this origin: Redoc's own badge points at its CDN, and the policy keeps the browser from fetching it.
const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'"

export const GET = route(
  () => new Response(PAGE, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300', 'content-security-policy': POLICY } }),
)
