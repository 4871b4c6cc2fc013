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

export const GET = route(() => new Response(PAGE, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300' } }))
