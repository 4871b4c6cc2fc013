// Partner embeds in Chromium: a partner's page on another origin (a node:http server of the test) embeds every view
// by script and by iframe; the widgets show the API's screen JSON; an upstream price change reaches the widget's DOM
// within the live cadence plus a second over one shared stream; an origin the partner does not list gets no data
// and the widget says "unavailable"; the page's CSS and the widget's do not reach each other. Plus the 403s of a
// disabled partner and a view the partner may not embed, and the script's size and caching.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import type { BrowserContext, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startBundledReplay } from '../../replay/bundled'
import type { FullReplayServer } from '../../replay/types'
import type { EventPage, FeedPage, WorldCupGroupPage } from '../../src/screens/schemas'
import { type RunningApp, startApp } from '../support/app'
import { launchBrowser } from '../support/browser'

const CADENCE_MS = 1_500
const DEMO = 'demo-partner'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The partner's page: a tiny server on another origin serving whatever HTML a test sets for a path. */
async function startHostSite(): Promise<{ origin: string; set: (path: string, html: string) => string; stop: () => Promise<void> }> {
  const pages = new Map<string, string>()
  const server = http.createServer((req, res) => {
    const html = pages.get(req.url ?? '')
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // localhost, not 127.0.0.1: another origin than the app's (http://127.0.0.1:port) whatever the ports.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`
  return {
    origin,
    set: (path, html) => (pages.set(path, html), `${origin}${path}`),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

type Embed = { view: 'world-cup-group'; group: string } | { view: 'tag-feed'; tag: string; limit: number } | { view: 'event'; event: string }
const params = (embed: Embed): Record<string, string> => {
  switch (embed.view) {
    case 'world-cup-group':
      return { group: embed.group }
    case 'tag-feed':
      return { tag: embed.tag, limit: String(embed.limit) }
    case 'event':
      return { event: embed.event }
  }
}

describe('partner embeds', () => {
  let replay: FullReplayServer
  let app: RunningApp
  let host: Awaited<ReturnType<typeof startHostSite>>
  let browser: { context: BrowserContext; close: () => Promise<void> }
  let group: Exclude<WorldCupGroupPage, { layout: 'legacy-groups-only' }>
  let embeds: Embed[]

  const script = (embed: Embed, partner = DEMO) =>
    `<script src="${app.url}/embed/v1/widget.js" data-partner="${partner}" data-view="${embed.view}"${Object.entries(params(embed)).map(([name, value]) => ` data-${name}="${value}"`).join('')} async></script>`
  const iframeSrc = (embed: Embed, partner = DEMO) => `${app.url}/embed/v1/${embed.view}?${new URLSearchParams({ partner, ...params(embed) })}`
  const dataUrl = (embed: Embed, partner = DEMO) => `${app.url}/embed/v1/data/${embed.view}?${new URLSearchParams({ partner, ...params(embed) })}`
  const page = (body: string, css = '') => `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`

  /** The text each widget must show: from the screen JSON the data route returns to any client. */
  async function expectedTexts(embed: Embed): Promise<string[]> {
    const response = await fetch(dataUrl(embed))
    expect(response.status).toBe(200)
    switch (embed.view) {
      case 'world-cup-group': {
        const json = (await response.json()) as typeof group
        return [json.group.title, json.tournament.name, ...json.matches.flatMap((match) => [match.title, ...match.markets.slice(0, 2).flatMap((m) => [m.displayTitle, ...m.outcomes.map((o) => o.displayPrice ?? '–')])])]
      }
      case 'tag-feed': {
        const json = (await response.json()) as FeedPage
        return [json.tag.label, ...json.events.flatMap((event) => [event.title, ...event.markets.slice(0, 2).map((m) => m.displayTitle)])]
      }
      case 'event': {
        const json = (await response.json()) as EventPage
        return [json.event.title, ...json.sections.map((section) => section.title)]
      }
    }
  }

  const widgetText = (target: Page | Frame, index: number) =>
    target.evaluate((i) => {
      const hosts = [...document.querySelectorAll('[data-playbook-widget]')]
      return hosts[i]?.shadowRoot?.textContent ?? ''
    }, index)
  const widgetState = (target: Page | Frame, index: number) =>
    target.evaluate((i) => [...document.querySelectorAll('[data-playbook-widget]')][i]?.shadowRoot?.querySelector('.pb')?.getAttribute('data-state') ?? null, index)
  const settled = async (target: Page | Frame, count: number) => {
    await target.waitForFunction(
      (n) => {
        const hosts = [...document.querySelectorAll('[data-playbook-widget]')]
        return hosts.length === n && hosts.every((h) => ['ready', 'unavailable'].includes(h.shadowRoot?.querySelector('.pb')?.getAttribute('data-state') ?? ''))
      },
      count,
      { timeout: 20_000 },
    )
  }

  beforeAll(async () => {
    replay = await startBundledReplay({ latencyMs: 0 })
    app = await startApp({
      ...inject('appEnv'),
      GAMMA_URL: replay.url,
      REDIS_KEY_PREFIX: `pb:embed:${Date.now()}:`,
      LIVE_REFRESH_OPEN_MS: String(CADENCE_MS),
      LIVE_REFRESH_LIVE_MS: String(CADENCE_MS),
      LIVE_WATCH_LEASE_MS: '2000',
    })
    host = await startHostSite()
    browser = await launchBrowser()

    // Partners for the refusals, created by an admin over Payload's REST API.
    const admin = inject('admin')
    const login = await fetch(`${app.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    const { token } = (await login.json()) as { token: string }
    const partner = async (publicKey: string, data: Record<string, unknown>) => {
      const created = await fetch(`${app.url}/api/partners?draft=false`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ name: publicKey, publicKey, enabled: true, allowedOrigins: [{ origin: 'http://localhost:*' }], views: ['world-cup-group', 'tag-feed', 'event'], _status: 'published', ...data }),
      })
      expect(created.status, await created.clone().text()).toBe(201)
    }
    await partner('e2e-disabled', { enabled: false })
    await partner('e2e-group-only', { views: ['world-cup-group'] })
    await partner('e2e-elsewhere', { allowedOrigins: [{ origin: 'https://news.example' }] })

    group = (await (await fetch(dataUrl({ view: 'world-cup-group', group: 'A' }))).json()) as typeof group
    // Widgets send no app version: the tournament's layout for unknown clients (the demo's is the flat list of matches).
    expect(['group', 'legacy-flat-list']).toContain(group.layout)
    expect(group.matches.length).toBeGreaterThan(0)
    embeds = [{ view: 'world-cup-group', group: 'A' }, { view: 'tag-feed', tag: 'world-cup', limit: 5 }, { view: 'event', event: group.matches[0]!.slug }]
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
    await app?.stop()
    await replay?.stop()
  })

  it('serves a small script with a strong ETag and a long-ish cache lifetime', async () => {
    const response = await fetch(`${app.url}/embed/v1/widget.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('javascript')
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400')
    const etag = response.headers.get('etag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    const body = Buffer.from(await response.arrayBuffer())
    const gzipped = gzipSync(body, { level: 9 }).length
    console.log(`widget.js: ${body.length} bytes, ${gzipped} bytes gzipped`)
    expect(gzipped).toBeLessThanOrEqual(15 * 1024)
    expect((await fetch(`${app.url}/embed/v1/widget.js`, { headers: { 'if-none-match': etag } })).status).toBe(304)
  })

  it('shows every view by script, from the screen JSON, over one shared live stream', async () => {
    const tab = await browser.context.newPage()
    const liveRequests: string[] = []
    tab.on('request', (request) => {
      if (request.url().includes('/embed/v1/live')) liveRequests.push(request.url())
    })
    await tab.goto(host.set('/scripts', page(embeds.map((embed) => script(embed)).join(''))))
    await settled(tab, embeds.length)
    for (const [index, embed] of embeds.entries()) {
      expect(await widgetState(tab, index), embed.view).toBe('ready')
      const text = await widgetText(tab, index)
      const expected = await expectedTexts(embed)
      expect(expected.length).toBeGreaterThan(1)
      for (const piece of expected) expect(text, `${embed.view} shows "${piece}"`).toContain(piece)
    }
    // The team colours of the display contract reach the page.
    const colours = await tab.evaluate(() => [...document.querySelector('[data-playbook-widget]')!.shadowRoot!.querySelectorAll<HTMLElement>('.pb-team')].map((el) => getComputedStyle(el).borderLeftColor))
    expect(colours.length).toBeGreaterThan(0)
    await sleep(500)
    expect(liveRequests, 'one EventSource for the three widgets').toHaveLength(1)
    expect(new URL(liveRequests[0]!).searchParams.get('topics')!.split(',').sort()).toEqual([`event:${group.matches[0]!.slug}`, 'tag:world-cup', 'world-cup'])
    await tab.close()
  })

  it('shows every view by iframe, framed only by the partner’s origins', async () => {
    const tab = await browser.context.newPage()
    await tab.goto(host.set('/iframes', page(embeds.map((embed) => `<iframe src="${iframeSrc(embed)}" style="width:400px;height:600px"></iframe>`).join(''))))
    for (const [index, embed] of embeds.entries()) {
      const frame = tab.frames().find((candidate) => candidate.url() === iframeSrc(embed))!
      expect(frame, embed.view).toBeTruthy()
      await settled(frame, 1)
      expect(await widgetState(frame, 0)).toBe('ready')
      const text = await widgetText(frame, 0)
      for (const piece of await expectedTexts(embed)) expect(text, `iframe ${index} ${embed.view} shows "${piece}"`).toContain(piece)
    }
    const response = await fetch(iframeSrc(embeds[0]!))
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors http://localhost:* http://127.0.0.1:*')
    // Drawn on the server too: the page's HTML has the text before any script runs.
    expect(await response.text()).toContain(`>${group.group.title}<`)
    const elsewhere = await fetch(iframeSrc(embeds[0]!, 'e2e-elsewhere'))
    expect(elsewhere.headers.get('content-security-policy')).toContain('frame-ancestors https://news.example')
    await tab.close()
  })

  it('brings an upstream price change to the widget’s DOM within the cadence plus a second', async () => {
    const match = group.matches.find((candidate) => candidate.status !== 'final' && candidate.markets.some((m) => !m.closed && m.outcomes.length === 2))!
    const market = match.markets.find((m) => !m.closed && m.outcomes.length === 2)!
    const tab = await browser.context.newPage()
    const groupEmbed = embeds[0]!
    await tab.goto(host.set('/live', page(`${script(groupEmbed)}<iframe src="${iframeSrc(groupEmbed)}" style="width:400px;height:600px"></iframe>`)))
    await settled(tab, 1)
    const frame = tab.frames().find((candidate) => candidate.url() === iframeSrc(groupEmbed))!
    await settled(frame, 1)
    const priceIn = (target: Page | Frame) =>
      target.evaluate((id) => document.querySelector('[data-playbook-widget]')!.shadowRoot!.querySelector(`[data-market="${id}"] [data-outcome="0"]`)?.textContent ?? null, market.id)
    expect(await priceIn(tab)).toBe(market.outcomes[0]!.displayPrice)
    // The first refresh of the watched matches records their state (a first sighting is not a change).
    await sleep(CADENCE_MS * 2)

    // Five changes at different phases of the refresh cadence; each must reach both widgets.
    const rounds = [['0.123', '0.877', '12%'], ['0.234', '0.766', '23%'], ['0.345', '0.655', '35%'], ['0.456', '0.544', '46%'], ['0.567', '0.433', '57%']] as const
    const latencies: { script: number[]; iframe: number[] } = { script: [], iframe: [] }
    let shown = ''
    for (const [round, [yes, no, display]] of rounds.entries()) {
      await sleep(1_200 + round * 290)
      shown = display
      const changed = Date.now()
      const set = await fetch(`${replay.url}/__replay/markets/${market.id}/prices`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prices: [yes, no] }) })
      expect(set.status).toBe(200)
      const arrival = async (target: Page | Frame) => {
        await target.waitForFunction(
          ({ id, text }) => document.querySelector('[data-playbook-widget]')!.shadowRoot!.querySelector(`[data-market="${id}"] [data-outcome="0"]`)?.textContent === text,
          { id: market.id, text: display },
          { timeout: CADENCE_MS + 5_000, polling: 20 },
        )
        return Date.now() - changed
      }
      const [scriptMs, iframeMs] = await Promise.all([arrival(tab), arrival(frame)])
      latencies.script.push(scriptMs)
      latencies.iframe.push(iframeMs)
    }
    console.log(`upstream change → widget DOM, 5 changes: script ${latencies.script.join(', ')} ms; iframe ${latencies.iframe.join(', ')} ms (cadence ${CADENCE_MS} ms)`)
    expect(Math.max(...latencies.script, ...latencies.iframe)).toBeLessThanOrEqual(CADENCE_MS + 1_000)
    // The reload after the change (from the screen JSON) shows the same price.
    await sleep(1_500)
    expect(await priceIn(tab)).toBe(shown)
    await tab.close()
  })

  it('gives an origin the partner does not list no data, and the widget says unavailable', async () => {
    const tab = await browser.context.newPage()
    await tab.goto(host.set('/elsewhere', page(script(embeds[0]!, 'e2e-elsewhere'))))
    await settled(tab, 1)
    expect(await widgetState(tab, 0)).toBe('unavailable')
    expect(await widgetText(tab, 0)).toContain('Live odds are unavailable right now.')
    expect(await widgetText(tab, 0)).not.toContain(group.group.title)
    // The browser refuses the page's own read too (no CORS grant for this origin); the demo partner's is granted.
    const read = (url: string) => tab.evaluate((target) => fetch(target).then((response) => `status ${response.status}`, (error: Error) => `refused: ${error.name}`), url)
    expect(await read(dataUrl(embeds[0]!, 'e2e-elsewhere'))).toBe('refused: TypeError')
    expect(await read(dataUrl(embeds[0]!))).toBe('status 200')

    const direct = await fetch(dataUrl(embeds[0]!, 'e2e-elsewhere'), { headers: { origin: host.origin } })
    expect(direct.status).toBe(403)
    expect(direct.headers.get('access-control-allow-origin')).toBeNull()
    expect(((await direct.json()) as { code: string }).code).toBe('embed.origin_not_allowed')
    const allowed = await fetch(dataUrl(embeds[0]!), { headers: { origin: host.origin } })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(host.origin)
    const live = await fetch(`${app.url}/embed/v1/live?partner=e2e-elsewhere&topics=world-cup`, { headers: { origin: host.origin } })
    expect(live.status).toBe(403)
    expect(live.headers.get('access-control-allow-origin')).toBeNull()
    await tab.close()
  })

  it('refuses a disabled partner and a view the partner may not embed with 403 problems, and the widget says unavailable', async () => {
    const problem = async (url: string) => {
      const response = await fetch(url, { headers: { origin: host.origin } })
      expect(response.headers.get('content-type')).toContain('application/problem+json')
      return { status: response.status, code: ((await response.json()) as { code: string }).code }
    }
    expect(await problem(dataUrl(embeds[0]!, 'e2e-disabled'))).toEqual({ status: 403, code: 'embed.partner_disabled' })
    expect(await problem(dataUrl(embeds[1]!, 'e2e-group-only'))).toEqual({ status: 403, code: 'embed.view_not_allowed' })
    expect(await problem(`${app.url}/embed/v1/live?partner=e2e-group-only&topics=tag:world-cup`)).toEqual({ status: 403, code: 'embed.view_not_allowed' })
    expect(await problem(dataUrl(embeds[0]!, 'no-such-partner'))).toEqual({ status: 403, code: 'embed.unknown_partner' })
    expect((await fetch(dataUrl(embeds[0]!, 'e2e-group-only'))).status).toBe(200)

    const tab = await browser.context.newPage()
    await tab.goto(host.set('/refused', page(script(embeds[0]!, 'e2e-disabled') + script(embeds[1]!, 'e2e-group-only') + script(embeds[0]!, 'e2e-group-only'))))
    await settled(tab, 3)
    expect([await widgetState(tab, 0), await widgetState(tab, 1), await widgetState(tab, 2)]).toEqual(['unavailable', 'unavailable', 'ready'])
    const iframe = await fetch(iframeSrc(embeds[0]!, 'e2e-disabled'))
    expect(iframe.status).toBe(403)
    expect(await iframe.text()).toContain('Live odds are unavailable right now.')
    await tab.close()
  })

  it('serves a demo page with every view by script and by iframe', async () => {
    const tab = await browser.context.newPage()
    await tab.goto(`${app.url}/embed/v1/demo`)
    await settled(tab, 3)
    expect([await widgetState(tab, 0), await widgetState(tab, 1), await widgetState(tab, 2)]).toEqual(['ready', 'ready', 'ready'])
    const frames = tab.frames().filter((frame) => frame.url().includes('/embed/v1/') && frame !== tab.mainFrame())
    expect(frames).toHaveLength(3)
    for (const frame of frames) {
      await settled(frame, 1)
      expect(await widgetState(frame, 0)).toBe('ready')
    }
    await tab.close()
  })

  it('keeps the page’s CSS out of the widget and the widget’s out of the page', async () => {
    // The page styles everything, the widget's own class names included; it also has elements named like the widget's.
    const hostile = `*{color:rgb(255,0,0)!important;font-family:"Courier New",monospace!important;font-size:31px!important;line-height:3!important;letter-spacing:4px!important}
      div,li,span,b{background-color:rgb(0,255,0)!important;border:5px solid rgb(0,0,255)!important;padding:17px!important}
      .pb,.pb-title,.pb-price{display:none!important}`
    const hostElements = '<div class="pb"><span class="pb-title" id="own-title">page title</span><b class="pb-price" id="own-price">page price</b></div>'
    const styleOf = (target: Page, selector: string, inWidget: boolean) =>
      target.evaluate(
        ({ selector, inWidget }) => {
          const root: ParentNode = inWidget ? document.querySelector('[data-playbook-widget]')!.shadowRoot! : document
          const style = getComputedStyle(root.querySelector(selector)!)
          return ['color', 'font-family', 'font-size', 'line-height', 'letter-spacing', 'background-color', 'border-top-width', 'padding-top', 'display'].map((name) => `${name}: ${style.getPropertyValue(name)}`)
        },
        { selector, inWidget },
      )
    const tab = await browser.context.newPage()
    const widgetSelectors = ['.pb', '.pb-title', '.pb-price', '.pb-team', '.pb-live, .pb-status']

    await tab.goto(host.set('/plain', page(hostElements + script(embeds[0]!))))
    await settled(tab, 1)
    const plainWidget = await Promise.all(widgetSelectors.map((selector) => styleOf(tab, selector, true)))
    await tab.goto(host.set('/hostile', page(hostElements + script(embeds[0]!), hostile)))
    await settled(tab, 1)
    const hostileWidget = await Promise.all(widgetSelectors.map((selector) => styleOf(tab, selector, true)))
    expect(hostileWidget, 'the page’s CSS does not change the widget').toEqual(plainWidget)
    expect(plainWidget[1]).toContain('display: block')

    const pageSelectors = ['#own-title', '#own-price', '.pb']
    const withWidget = await Promise.all(pageSelectors.map((selector) => styleOf(tab, selector, false)))
    await tab.goto(host.set('/hostile-alone', page(hostElements, hostile)))
    const withoutWidget = await Promise.all(pageSelectors.map((selector) => styleOf(tab, selector, false)))
    expect(withWidget, 'the widget’s CSS does not change the page').toEqual(withoutWidget)
    expect(withWidget[0]).toContain('color: rgb(255, 0, 0)')
    await tab.close()
  })
})
