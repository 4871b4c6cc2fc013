/**
 * `GET /embed/v1/widget.js`: the bundled script embed. `npm run build` bundles it (scripts/build-widget.mjs) into
 * dist/embed/widget.js; the bytes are read once and served with a strong ETag. Development bundles it on the first
 * request of the process, so an edit shows after a restart without a build.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { PROJECT_ROOT } from '../config/projectRoot'
import { matchesEtag } from '../http/responseCache'

export interface WidgetScript {
  body: Buffer
  etag: string
}

/** Partners' pages may cache it for five minutes and use a stale copy for a day while revalidating. */
export const WIDGET_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400'

let loaded: WidgetScript | undefined

export function widgetScript(production = process.env.NODE_ENV === 'production'): WidgetScript {
  if (loaded) return loaded
  if (!production) execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build-widget.mjs')], { cwd: PROJECT_ROOT, stdio: 'ignore' })
  const body = readFileSync(path.join(PROJECT_ROOT, 'dist/embed/widget.js'))
  loaded = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` }
  return loaded
}

export function widgetScriptResponse(request: Request): Response {
  const { body, etag } = widgetScript()
  const headers = {
    'content-type': 'text/javascript; charset=utf-8',
    etag,
    'cache-control': WIDGET_CACHE_CONTROL,
    'cross-origin-resource-policy': 'cross-origin',
    'x-content-type-options': 'nosniff',
  }
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
  return new Response(new Uint8Array(body), { headers })
}
