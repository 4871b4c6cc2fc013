// Who may read a partner's embeds: the partner must be published and enabled and allowed the view; a page's Origin
// must be one of the partner's (or the server's own); only the partner's origins get CORS headers, refusals
// included; each reader of a partner has a request budget.
import { describe, expect, it } from 'vitest'

import { CLIENT_IP_HEADER } from '@/edge/requestLog'
import { EMBED_READER_LIMIT } from '@/embed/limits'
import type { EmbedPartner, PartnerDirectory } from '@/embed/partners'
import { viewOfTopic, withPartner } from '@/embed/serve'
import { DEFAULT_THEME } from '@/embed/views'
import { RateLimiter } from '@/http/rateLimit'

const partner = (overrides: Partial<EmbedPartner> = {}): EmbedPartner => ({
  key: 'news-site',
  name: 'News',
  enabled: true,
  origins: ['https://news.example', 'http://localhost:*'],
  views: ['world-cup-group', 'event'],
  theme: DEFAULT_THEME,
  ...overrides,
})
const directory = (...partners: EmbedPartner[]): PartnerDirectory => ({ byKey: async (key) => partners.find((p) => p.key === key) ?? null })
const request = (origin?: string, client = '198.51.100.7') =>
  new Request('http://odds.test/embed/v1/data/event?partner=news-site&event=x', { headers: { host: 'odds.test', [CLIENT_IP_HEADER]: client, ...(origin ? { origin } : {}) } })
const ok = async () => new Response('{}', { headers: { 'content-type': 'application/json' } })

async function answer(partners: PartnerDirectory, req: Request, key = 'news-site', views: Parameters<typeof withPartner>[3] = ['event'], limits = new RateLimiter(null, 'test:')) {
  const response = await withPartner({ partners, limits }, req, key, views, ok)
  const body = response.headers.get('content-type')?.includes('problem') ? ((await response.json()) as { code: string }).code : null
  return { status: response.status, code: body, cors: response.headers.get('access-control-allow-origin'), vary: response.headers.get('vary') }
}

describe('embed access', () => {
  it('answers an allowed origin with its CORS grant', async () => {
    expect(await answer(directory(partner()), request('https://news.example'))).toEqual({ status: 200, code: null, cors: 'https://news.example', vary: 'Origin' })
    expect((await answer(directory(partner()), request('http://localhost:5173'))).cors).toBe('http://localhost:5173')
  })

  it('refuses an origin the partner does not list, without a CORS grant', async () => {
    expect(await answer(directory(partner()), request('https://elsewhere.example'))).toEqual({ status: 403, code: 'embed.origin_not_allowed', cors: null, vary: 'Origin' })
  })

  it('answers reads without Origin, and the server’s own origin, without a grant', async () => {
    expect(await answer(directory(partner()), request())).toMatchObject({ status: 200, cors: null })
    expect(await answer(directory(partner()), request('http://odds.test'))).toMatchObject({ status: 200, cors: null })
  })

  it('refuses unknown and disabled partners and views the partner may not embed, readable by its origins', async () => {
    expect(await answer(directory(), request('https://news.example'))).toEqual({ status: 403, code: 'embed.unknown_partner', cors: null, vary: 'Origin' })
    expect(await answer(directory(partner({ enabled: false })), request('https://news.example'))).toEqual({ status: 403, code: 'embed.partner_disabled', cors: 'https://news.example', vary: 'Origin' })
    expect(await answer(directory(partner()), request('https://news.example'), 'news-site', ['tag-feed'])).toEqual({ status: 403, code: 'embed.view_not_allowed', cors: 'https://news.example', vary: 'Origin' })
    expect((await answer(directory(partner()), request('https://news.example'), 'news-site', ['event', 'world-cup-group'])).status).toBe(200)
  })

  it('limits each reader of a partner, not the partner’s other readers', async () => {
    const limits = new RateLimiter(null, 'test:')
    const partners = directory(partner())
    for (let i = 0; i < EMBED_READER_LIMIT.limit; i++) expect((await answer(partners, request('https://news.example'), 'news-site', ['event'], limits)).status).toBe(200)
    expect(await answer(partners, request('https://news.example'), 'news-site', ['event'], limits)).toEqual({ status: 429, code: 'embed.rate_limited', cors: 'https://news.example', vary: 'Origin' })
    expect((await answer(partners, request('https://news.example', '203.0.113.9'), 'news-site', ['event'], limits)).status).toBe(200)
  })

  it('maps live topics to the views they belong to', () => {
    expect(['world-cup', 'tag:soccer', 'event:a-b', 'config'].map(viewOfTopic)).toEqual(['world-cup-group', 'tag-feed', 'event', null])
  })
})
