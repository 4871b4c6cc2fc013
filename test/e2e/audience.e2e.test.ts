// Audience rules through the production server: the country from a trusted CDN header, rollouts by X-Install-Id,
// per-platform versions, and a response cache (fast path included) that never serves one audience another's response.
import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_QA_INSTALL_ID } from '../../src/seed/demoContent'
import { type RunningApp, startApp } from '../support/app'

interface Node {
  slug: string
  children: Node[]
}
const ops = { authorization: `Bearer ${inject('appEnv').OPS_TOKEN}` }
const slugsOf = (nodes: Node[]): string[] => nodes.flatMap((node) => [node.slug, ...slugsOf(node.children)])

async function explore(app: RunningApp, headers: Record<string, string>) {
  const response = await fetch(`${app.url}/api/v1/explore`, { headers })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { tags: Node[] }
  return { slugs: new Set(slugsOf(body.tags)), cache: response.headers.get('x-cache'), vary: response.headers.get('vary') ?? '' }
}

async function fastPathHits(app: RunningApp): Promise<number> {
  const text = await (await fetch(`${app.url}/api/metrics`, { headers: ops })).text()
  return Number(/^playbook_response_cache_fast_path_hits_total (\d+)/m.exec(text)?.[1] ?? Number.NaN)
}

describe('audience rules behind a trusted CDN', () => {
  let app: RunningApp
  // One install in the crypto-labs rollout and one out of it, found by asking (the bucket is the server's to decide).
  let inRollout = ''
  let outOfRollout = ''

  beforeAll(async () => {
    app = await startApp({
      ...inject('appEnv'),
      REDIS_KEY_PREFIX: `pb:audience:${Date.now()}:`,
      // The test connects from 127.0.0.1, standing in for the CDN.
      TRUSTED_PROXIES: '127.0.0.1',
      COUNTRY_HEADER: 'cf-ipcountry',
    })
    for (let index = 0; (!inRollout || !outOfRollout) && index < 500; index++) {
      const id = `probe-${index}`
      if ((await explore(app, { 'x-install-id': id })).slugs.has('crypto-labs')) inRollout ||= id
      else outOfRollout ||= id
    }
  }, 180_000)
  afterAll(async () => {
    await app?.stop()
  })

  it('shows each country its own explore tree and feeds, and says what varies', async () => {
    const us = await explore(app, { 'cf-ipcountry': 'US' })
    const de = await explore(app, { 'cf-ipcountry': 'DE' })
    const unknown = await explore(app, {})
    expect(us.slugs.has('rate-bets')).toBe(false)
    expect(de.slugs.has('rate-bets')).toBe(true)
    expect(unknown.slugs.has('rate-bets')).toBe(true)
    expect(de.slugs.has('finance')).toBe(true)
    expect(us.vary).toContain('X-Install-Id')
    expect(us.vary).toContain('cf-ipcountry')
    expect((await fetch(`${app.url}/api/v1/explore/rate-bets/events`, { headers: { 'cf-ipcountry': 'US' } })).status).toBe(404)
    expect((await fetch(`${app.url}/api/v1/explore/rate-bets/events`, { headers: { 'cf-ipcountry': 'DE' } })).status).toBe(200)
  })

  it('gates per platform on each platform’s own minimum version', async () => {
    const sees = async (platform: string, version: string) => (await explore(app, { 'x-platform': platform, 'x-app-version': version })).slugs.has('markets-pro')
    expect(await sees('ios', '4.1.0')).toBe(false)
    expect(await sees('ios', '4.2.0')).toBe(true)
    expect(await sees('android', '4.2.0')).toBe(false)
    expect(await sees('android', '4.5.0')).toBe(true)
  })

  it('never serves a warm response of another audience, through the fast path too', async () => {
    expect(inRollout && outOfRollout).toBeTruthy()
    const audiences = ['US', 'DE', null].flatMap((country) =>
      [inRollout, outOfRollout, DEMO_QA_INSTALL_ID, null].map((install) => ({
        headers: { ...(country ? { 'cf-ipcountry': country } : {}), ...(install ? { 'x-install-id': install } : {}) },
        geo: country !== 'US',
        labs: install === inRollout || install === DEMO_QA_INSTALL_ID,
      })),
    )
    const before = await fastPathHits(app)
    let warm = 0
    for (let round = 0; round < 3; round++) {
      for (const audience of audiences) {
        const seen = await explore(app, audience.headers)
        expect({ ...audience, geo: seen.slugs.has('rate-bets'), labs: seen.slugs.has('crypto-labs') }).toEqual(audience)
        if (round > 0) {
          expect(seen.cache).toBe('hit')
          warm++
        }
        const feed = await fetch(`${app.url}/api/v1/explore/rate-bets/events`, { headers: audience.headers })
        expect(feed.status).toBe(audience.geo ? 200 : 404)
        await feed.arrayBuffer()
      }
    }
    // Each (country, install) pair collapses to one of few signatures: the warm rounds were all fast-path hits.
    expect((await fastPathHits(app)) - before).toBeGreaterThanOrEqual(warm)
  })

  it('rolls a 10 % tag out to 10 ± 3 % of 1,000 random installs', async () => {
    let shown = 0
    for (let index = 0; index < 1_000; index++) if ((await explore(app, { 'x-install-id': randomUUID() })).slugs.has('crypto-labs')) shown++
    expect(Math.abs(shown / 10 - 10)).toBeLessThanOrEqual(3)
  }, 120_000)

  it('answers an unreadable install id 400', async () => {
    const response = await fetch(`${app.url}/api/v1/explore`, { headers: { 'x-install-id': 'x'.repeat(200) } })
    expect(response.status).toBe(400)
  })
})

describe('a country header from an untrusted peer', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp({
      ...inject('appEnv'),
      REDIS_KEY_PREFIX: `pb:audience-untrusted:${Date.now()}:`,
      // The CDN is elsewhere: the test's 127.0.0.1 is just a client.
      TRUSTED_PROXIES: '10.0.0.0/8',
      COUNTRY_HEADER: 'cf-ipcountry',
    })
  }, 180_000)
  afterAll(async () => {
    await app?.stop()
  })

  it('is ignored, and so is the internal header: the country is unknown', async () => {
    expect((await explore(app, { 'cf-ipcountry': 'US' })).slugs.has('rate-bets')).toBe(true)
    expect((await explore(app, { 'x-playbook-country': 'US' })).slugs.has('rate-bets')).toBe(true)
  })
})
