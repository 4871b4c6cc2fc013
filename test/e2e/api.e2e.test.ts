// The mobile API against the production build, the seeded content and the replay upstream, used as the app does.
import { readFile } from 'node:fs/promises'

import { describe, expect, inject, it } from 'vitest'

import {
  eventPageSchema,
  exploreTreeSchema,
  type ExploreNode,
  feedPageSchema,
  searchViewSchema,
  worldCupGroupPageSchema,
  worldCupPageSchema,
} from '../../src/screens/schemas'
import { apiClient, ok, problemOf } from '../support/apiClient'
import { staffToken } from '../support/staffToken'

const baseUrl = inject('baseUrl')
const replayUrl = inject('replayUrl')
const api = apiClient(baseUrl, { platform: 'ios', appVersion: '4.2.0' })
/** A request the contract does not allow: the typed client cannot send it. */
const raw = (path: string, headers: Record<string, string> = {}) => fetch(`${baseUrl}/api/v1${path}`, { headers })
const feed = (tag: string, query: { limit?: number; cursor?: string } = {}) => ok(api.GET('/explore/{tag}/events', { params: { path: { tag }, query } }), feedPageSchema)

const flatten = (nodes: ExploreNode[]): ExploreNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)])
const replayCalls = async () => ((await (await fetch(`${replayUrl}/__replay/counters`)).json()) as { calls: Record<string, number> }).calls
const metrics = async () => (await (await fetch(`${baseUrl}/api/metrics?format=json`, { headers: { authorization: `Bearer ${inject('appEnv').OPS_TOKEN}` } })).json()) as { content: { builds: number }; responseCache: { fastPathHits: number } }

describe('GET /api/v1/explore', () => {
  it('returns the seeded tree, three levels deep under crypto', async () => {
    const tree = await ok(api.GET('/explore'), exploreTreeSchema)
    const slugs = tree.tags.map((tag) => tag.slug)
    expect(slugs).toEqual(expect.arrayContaining(['sports', 'world-cup', 'crypto', 'finance']))
    const crypto = tree.tags.find((tag) => tag.slug === 'crypto')!
    const bitcoin = crypto.children.find((tag) => tag.slug === 'bitcoin')!
    expect(bitcoin.children.map((tag) => tag.slug)).toEqual(['bitcoin-today', 'bitcoin-this-week', 'bitcoin-this-month'])
    expect(flatten(tree.tags).length).toBeGreaterThan(20)
  })

  it('rejects unknown parameters and malformed client headers with a 400 problem', async () => {
    const unknown = await raw('/explore?foo=1')
    expect(unknown.status).toBe(400)
    expect(unknown.headers.get('content-type')).toBe('application/problem+json')
    expect(await unknown.json()).toMatchObject({ code: 'request.unknown_parameter', detail: 'Unknown query parameter: foo.' })
    const badPlatform = await fetch(`${baseUrl}/api/v1/explore`, { headers: { 'x-platform': 'blackberry' } })
    expect(badPlatform.status).toBe(400)
    expect(await badPlatform.json()).toMatchObject({ code: 'request.invalid_platform' })
  })

  it('sends a strong ETag, Cache-Control and Vary, and answers 304 to If-None-Match', async () => {
    const { response: first } = await api.GET('/explore')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=30, stale-while-revalidate=300')
    expect(first.headers.get('vary')).toBe('Origin, X-Platform, X-App-Version, X-Odds-Format, X-Install-Id')
    const { response: again } = await api.GET('/explore', { params: { header: { 'If-None-Match': etag } } })
    expect(again.status).toBe(304)
  })
})

describe('GET /api/v1/explore/{tag}/events', () => {
  it('pages through a feed to the end with no duplicate and no gap', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: Awaited<ReturnType<typeof feed>> = await feed('sports', cursor ? { limit: 7, cursor } : { limit: 7 })
      seen.push(...page.events.map((event) => event.id))
      cursor = page.nextCursor
      pages++
    } while (cursor && pages < 200)
    expect(pages).toBeGreaterThan(3)
    expect(new Set(seen).size).toBe(seen.length)
    const all = await feed('sports', { limit: 100 })
    if (!all.nextCursor) expect(new Set(all.events.map((event) => event.id))).toEqual(new Set(seen))
  })

  it('gives every market the display contract with exact decimals', async () => {
    const page = await feed('nba', { limit: 5 })
    expect(page.events.length).toBeGreaterThan(0)
    for (const market of page.events.flatMap((event) => event.markets)) {
      expect(market.displayTitle.length).toBeGreaterThan(0)
      expect(market.category).toBeTruthy()
      for (const outcome of market.outcomes) expect(outcome.price).toMatch(/^\d+(\.\d+)?$/)
    }
  })

  it('serves a settled-only tag from closed events', async () => {
    const page = await feed('world-cup-results', { limit: 100 })
    expect(page.events.length).toBeGreaterThan(0)
    expect(page.events.every((event) => event.closed)).toBe(true)
    const open = await feed('world-cup', { limit: 100 })
    expect(open.events.every((event) => !event.closed)).toBe(true)
  })

  it('puts pinned events first, even from outside the tag’s filter, and drops hidden ones', async () => {
    const token = await staffToken(baseUrl, inject('editor'))
    const crypto = await feed('crypto', { limit: 3 })
    const stocks = await feed('stocks', { limit: 50 })
    const pinned = crypto.events[0]!.slug
    const hidden = stocks.events[0]!.slug
    const { docs } = (await (await fetch(`${baseUrl}/api/explore-tags?where[slug][equals]=stocks&depth=0`)).json()) as { docs: { id: number }[] }
    const saved = await fetch(`${baseUrl}/api/explore-tags/${docs[0]!.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ pinnedEvents: [pinned], hiddenEvents: [hidden], _status: 'published' }),
    })
    expect(saved.status).toBe(200)
    await expect
      .poll(async () => (await feed('stocks', { limit: 50 })).events[0]?.slug, { timeout: 5_000 })
      .toBe(pinned)
    const after = await feed('stocks', { limit: 50 })
    expect(after.events.map((event) => event.slug)).not.toContain(hidden)
  })

  it('answers an unknown tag with 404 and a bad cursor with 400', async () => {
    expect(await problemOf(api.GET('/explore/{tag}/events', { params: { path: { tag: 'no-such-tag' } } }))).toMatchObject({ status: 404, code: 'explore.tag_not_found' })
    expect(await problemOf(api.GET('/explore/{tag}/events', { params: { path: { tag: 'sports' }, query: { cursor: 'not-a-cursor' } } }))).toMatchObject({ status: 400, code: 'feed.invalid_cursor' })
    expect(await problemOf(api.GET('/explore/{tag}/events', { params: { path: { tag: 'sports' }, query: { limit: 500 } } }))).toMatchObject({ status: 400, code: 'request.invalid_parameter' })
  })

  it('serves a warm feed from the response cache without the upstream or the database', async () => {
    const read = () => api.GET('/explore/{tag}/events', { params: { path: { tag: 'crypto' }, query: { limit: 10 } } })
    await read()
    const before = { upstream: await replayCalls(), metrics: await metrics() }
    for (let i = 0; i < 20; i++) {
      const { response } = await read()
      expect(response.status).toBe(200)
      expect(response.headers.get('x-cache')).toBe('hit')
    }
    const after = { upstream: await replayCalls(), metrics: await metrics() }
    expect(after.upstream).toEqual(before.upstream)
    expect(after.metrics.content.builds).toBe(before.metrics.content.builds)
    expect(after.metrics.responseCache.fastPathHits - before.metrics.responseCache.fastPathHits).toBe(20)
  })
})

describe('GET /api/v1/events/{slug}', () => {
  it('shows outcome prices in the odds format asked for, beside the exact price, each format its own cache entry', async () => {
    const slug = (await feed('nba', { limit: 5 })).events[0]!.slug
    const read = async (format?: 'decimal' | 'american') => {
      const client = apiClient(baseUrl, { oddsFormat: format })
      const page = await ok(client.GET('/events/{slug}', { params: { path: { slug } } }), eventPageSchema)
      return page.sections.flatMap((section) => section.groups.flatMap((group) => group.markets.flatMap((market) => market.outcomes)))
    }
    const [probability, decimal, american] = await Promise.all([read(), read('decimal'), read('american')])
    const priced = probability.findIndex((outcome) => outcome.price !== null && Number(outcome.price) > 0 && Number(outcome.price) < 1)
    expect(priced).toBeGreaterThanOrEqual(0)
    expect(probability[priced]!.displayPrice).toMatch(/^(<1|>99|\d{1,2})%$/)
    expect(decimal[priced]!.displayPrice).toMatch(/^\d+\.\d{2}$/)
    expect(american[priced]!.displayPrice).toMatch(/^[+-]\d+$/)
    expect(decimal[priced]!.price).toBe(probability[priced]!.price)
    const refused = await fetch(`${baseUrl}/api/v1/events/${slug}`, { headers: { 'x-odds-format': 'fractional' } })
    expect(refused.status).toBe(400)
    expect(await refused.json()).toMatchObject({ code: 'request.invalid_odds_format' })
  })

  it('groups an NBA game into sections with props titled by the sport’s vocabulary', async () => {
    const nba = await feed('nba', { limit: 50 })
    const pages = await Promise.all(nba.events.slice(0, 10).map((event) => ok(api.GET('/events/{slug}', { params: { path: { slug: event.slug } } }), eventPageSchema)))
    const page = pages.find((candidate) => candidate.sections.some((section) => section.key === 'player-props'))!
    expect(page, 'an NBA game with player props').toBeDefined()
    const keys = page.sections.map((section) => section.key)
    expect(keys[0]).toBe('moneyline')
    expect(keys).toEqual(expect.arrayContaining(['spreads', 'totals', 'player-props']))
    const props = page.sections.find((section) => section.key === 'player-props')!
    expect(props.groups.every((group) => group.title)).toBe(true)
    for (const market of props.groups.flatMap((group) => group.markets)) expect(market.displayTitle).toMatch(/ to (score|grab|record) \d+\+ \w+/)
    const spreads = page.sections.find((section) => section.key === 'spreads')!.groups.flatMap((group) => group.markets)
    const lines = spreads.map((market) => Math.abs(Number(market.line)))
    expect(lines).toEqual([...lines].sort((a, b) => a - b))
  })

  it('answers a missing event with a 404 problem', async () => {
    const problem = await problemOf(api.GET('/events/{slug}', { params: { path: { slug: 'no-such-event-anywhere' } } }))
    expect(problem).toMatchObject({ status: 404, type: `/api/v1/docs/errors#${problem.code}`, traceId: expect.stringMatching(/^[\da-f]{32}$/) })
  })
})

describe('World Cup', () => {
  it('shows 12 groups of 4 teams with live, upcoming and settled matches', async () => {
    const page = await ok(api.GET('/world-cup'), worldCupPageSchema)
    expect(page.layout).toBe('groups')
    if (page.layout !== 'groups') return
    expect(page.groups).toHaveLength(12)
    expect(page.groups.every((group) => group.teams.length === 4)).toBe(true)
    expect(page.results.length).toBeGreaterThan(0)
    expect(page.results.every((match) => match.status === 'final' && match.score)).toBe(true)
  })

  it('serves each group page, and an unknown letter is a 400', async () => {
    const group = await ok(api.GET('/world-cup/groups/{letter}', { params: { path: { letter: 'j' } } }), worldCupGroupPageSchema)
    expect(group.layout).toBe('group')
    if (group.layout === 'group') {
      expect(group.teams.map((team) => team.name)).toContain('Argentina')
      expect(group.matches).toHaveLength(6)
      expect(group.table).toHaveLength(4)
    }
    expect((await raw('/world-cup/groups/z')).status).toBe(400)
  })

  it('gives app versions below the tournament minimum the legacy layout, not an error', async () => {
    const legacy = await ok(apiClient(baseUrl, { platform: 'android', appVersion: '2.9.0' }).GET('/world-cup'), worldCupPageSchema)
    expect(legacy.layout).toBe('legacy-flat-list')
  })
})

describe('GET /api/v1/search', () => {
  it('injects a team’s matches when the query is a tournament alias', async () => {
    const result = await ok(api.GET('/search', { params: { query: { q: 'La Albiceleste' } } }), searchViewSchema)
    expect(result.events.some((event) => /Argentina/.test(event.title))).toBe(true)
  })

  it('finds explore tags and app users by handle prefix', async () => {
    const result = await ok(api.GET('/search', { params: { query: { q: 'bitcoin' } } }), searchViewSchema)
    expect(result.tags.some((tag) => tag.slug === 'bitcoin' && tag.source === 'explore')).toBe(true)
    const people = await ok(api.GET('/search', { params: { query: { q: 'sato' } } }), searchViewSchema)
    expect(people.profiles.map((profile) => profile.handle)).toContain('satoshi')
  })

  it('requires q of 1–100 characters', async () => {
    expect((await raw('/search')).status).toBe(400)
    expect(await problemOf(api.GET('/search', { params: { query: { q: 'x'.repeat(101) } } }))).toMatchObject({ status: 400, code: 'request.invalid_parameter' })
  })
})

describe('GET /api/v1/openapi.json', () => {
  it('describes every route and its schemas', async () => {
    const document = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths)).toEqual([
      '/explore',
      '/explore/{tag}/events',
      '/events/{slug}',
      '/world-cup',
      '/world-cup/groups/{letter}',
      '/search',
      '/leaderboard',
      '/rewards/wallets/{address}',
      '/rewards/activities',
      '/live',
    ])
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['FeedPage', 'EventPage', 'Problem', 'Team', 'Market', 'ExploreNode']))
  })

  it('is the committed contract (openapi/openapi.json, from which openapi/schema.d.ts is generated)', async () => {
    const served = await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()
    expect(served).toEqual(JSON.parse(await readFile('openapi/openapi.json', 'utf8')))
    const operations = Object.values(served.paths as Record<string, Record<string, { operationId?: string; security?: unknown[] }>>).flatMap((item) => Object.values(item))
    expect(operations.every((operation) => operation.operationId && Array.isArray(operation.security))).toBe(true)
  })
})

