// The fast path signs its lookup as the route handler does: a warm entry is served to its own audience only, and
// nothing is served before the first snapshot's rules are known.
import { describe, expect, it } from 'vitest'

import type { AudienceRule } from '@/content/types'
import { serveFastPath } from '@/edge/fastPath'
import { cachedJson } from '@/http/cachedJson'
import { type AudienceRuleSet, ResponseCache } from '@/http/responseCache'

const rollout: AudienceRule = { key: 'explore-tags:2', countries: null, rolloutPercent: 0, installIds: ['qa-phone'] }

function fakeRequest(headers: Record<string, string>) {
  return { method: 'GET', url: '/api/v1/explore', headers } as never
}
function fakeResponse() {
  const sent: { status?: number; body?: string } = {}
  const res = {
    writeHead(status: number) {
      sent.status = status
      return { end: (body?: Buffer) => (sent.body = body?.toString()) }
    },
  }
  return { res: res as never, sent }
}

describe('serveFastPath with audience rules', () => {
  it('serves a warm entry to the audience it was built for, and misses for another', async () => {
    let rules: AudienceRuleSet | undefined
    const cache = new ResponseCache(Date.now, { audience: { latest: () => rules, current: async () => rules! } })
    const qa = { 'x-install-id': 'qa-phone' }
    expect(serveFastPath(cache, fakeRequest(qa), fakeResponse().res)).toBe(false)
    rules = { version: 1, rules: [rollout] }
    await cachedJson(cache, new Request('http://x/api/v1/explore', { headers: qa }), { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 0 }, async () => ({ view: { labs: true }, stale: false, configVersion: 1 }))
    const hit = fakeResponse()
    expect(serveFastPath(cache, fakeRequest(qa), hit.res)).toBe(true)
    expect(hit.sent).toEqual({ status: 200, body: '{"labs":true}' })
    expect(serveFastPath(cache, fakeRequest({ 'x-install-id': 'someone-else' }), fakeResponse().res)).toBe(false)
    expect(serveFastPath(cache, fakeRequest({}), fakeResponse().res)).toBe(false)
  })
})
