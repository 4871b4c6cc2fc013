// Cached responses per audience signature: one entry per signature, none served to another audience, none kept
// from a snapshot other than the one its key was signed with.
import { describe, expect, it } from 'vitest'

import type { AudienceRule } from '@/content/types'
import { cachedJson } from '@/http/cachedJson'
import { type AudienceRuleSet, ResponseCache } from '@/http/responseCache'

const deny: AudienceRule = { key: 'explore-tags:1', countries: { mode: 'deny', codes: ['US'], unknown: 'show' }, rolloutPercent: null, installIds: [] }
const freshness = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 0 }

function setup(initial: AudienceRuleSet) {
  let rules = initial
  let builds = 0
  const cache = new ResponseCache(Date.now, { audience: { latest: () => rules, current: async () => rules }, vary: 'X' })
  const get = (headers: Record<string, string>, configVersion = rules.version) =>
    cachedJson(cache, new Request('http://test.local/api/v1/explore', { headers }), freshness, async () => {
      builds++
      return { view: { country: headers['x-playbook-country'] ?? null, build: builds }, stale: false, configVersion }
    })
  return { cache, get, builds: () => builds, publish: (next: AudienceRuleSet) => (rules = next) }
}

describe('cachedJson with audience rules', () => {
  it('keeps one entry per signature and serves each audience its own', async () => {
    const { cache, get, builds } = setup({ version: 3, rules: [deny] })
    const us = await (await get({ 'x-playbook-country': 'US' })).json()
    const de = await (await get({ 'x-playbook-country': 'DE' })).json()
    // FR signs like DE (not denied): DE's entry, and no build.
    const fr = await get({ 'x-playbook-country': 'FR' })
    expect(fr.headers.get('x-cache')).toBe('hit')
    expect(await fr.json()).toEqual(de)
    const usAgain = await get({ 'x-playbook-country': 'US' })
    expect(usAgain.headers.get('x-cache')).toBe('hit')
    expect(await usAgain.json()).toEqual(us)
    expect(builds()).toBe(2)
    expect(cache.size).toBe(2)
    expect(usAgain.headers.get('vary')).toBe('X')
  })

  it('does not keep a body built from another snapshot than its key was signed with', async () => {
    const { cache, get } = setup({ version: 3, rules: [deny] })
    const response = await get({ 'x-playbook-country': 'US' }, 4)
    expect(response.status).toBe(200)
    expect(cache.size).toBe(0)
  })

  it('signs with the new rules after a publish', async () => {
    const { get, publish } = setup({ version: 3, rules: [deny] })
    await get({ 'x-playbook-country': 'US' })
    publish({ version: 4, rules: [] })
    expect((await get({ 'x-playbook-country': 'US' })).headers.get('x-cache')).toBe('miss')
  })
})
