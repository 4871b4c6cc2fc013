// GET /api/v1/docs/redoc.standalone.js: Redoc's self-contained browser bundle, from the installed package (no CDN).
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { route } from '@/http/handler'

let bundle: Promise<Buffer> | undefined

export const GET = route(async () => {
  // The server runs from the project directory, where the package is installed.
  bundle ??= readFile(path.join(process.cwd(), 'node_modules/redoc/bundles/redoc.standalone.js'))
  return new Response(new Uint8Array(await bundle), { headers: { 'content-type': 'application/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' } })
})
