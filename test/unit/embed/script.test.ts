// The script embed as served: bundled (here as in development, on first use), small, with a strong ETag that a
// revalidation matches, and cacheable by partners' readers.
import { gunzipSync, gzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { WIDGET_CACHE_CONTROL, widgetScriptResponse } from '@/embed/script'

describe('widget.js', () => {
  it('is served with a strong ETag, answered 304 when it matches, and stays under 15 KB gzipped', async () => {
    const response = widgetScriptResponse(new Request('http://app.test/embed/v1/widget.js'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe(WIDGET_CACHE_CONTROL)
    const etag = response.headers.get('etag')!
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
    const body = Buffer.from(await response.arrayBuffer())
    expect(body.toString('utf8')).toContain('data-partner')
    const gzipped = gzipSync(body, { level: 9 })
    expect(gunzipSync(gzipped).equals(body)).toBe(true)
    expect(gzipped.length).toBeLessThanOrEqual(15 * 1024)

    const revalidated = widgetScriptResponse(new Request('http://app.test/embed/v1/widget.js', { headers: { 'if-none-match': `W/"other", ${etag}` } }))
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('etag')).toBe(etag)
    expect(widgetScriptResponse(new Request('http://app.test/embed/v1/widget.js', { headers: { 'if-none-match': '"other"' } })).status).toBe(200)
  }, 30_000)
})
