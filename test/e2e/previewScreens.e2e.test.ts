// The QA preview draws each screen as the app would, in a phone-width frame, from exactly what the mobile API
// builds: the same titles, sections and display prices, in the odds format and at the moment the switches choose.
// A screenshot of each screen is kept under test-results/preview/.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  eventPageSchema,
  type ExploreNode,
  exploreTreeSchema,
  type FeedEvent,
  feedPageSchema,
  searchViewSchema,
  worldCupGroupPageSchema,
  worldCupPageSchema,
} from '../../src/screens/schemas'
import { apiClient, ok } from '../support/apiClient'
import { launchBrowser, loginToAdmin } from '../support/browser'

const baseUrl = inject('baseUrl')
const SCREENSHOTS = path.resolve('test-results/preview')
// The preview's default audience is the newest iOS build; the API is asked as that app would ask.
const api = apiClient(baseUrl, { platform: 'ios', appVersion: '99.0.0' })
const decimalApi = apiClient(baseUrl, { platform: 'ios', appVersion: '99.0.0', oddsFormat: 'decimal' })
// The published configuration: the public API serves it, and other tests edit drafts.
const PUBLISHED = 'which=published'

const flatten = (nodes: ExploreNode[]): ExploreNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)])
const feed = (client: typeof api, tag: string) => ok(client.GET('/explore/{tag}/events', { params: { path: { tag }, query: { limit: 50 } } }), feedPageSchema)
const firstPriced = (event: FeedEvent) => event.markets[0]!.outcomes[0]!

/** The screen is drawn in the device frame, at the app's width. */
async function expectPhoneFrame(page: Page) {
  const frame = page.getByTestId('phone-frame')
  await frame.waitFor()
  const box = (await frame.boundingBox())!
  expect(box.width).toBeGreaterThanOrEqual(380)
  expect(box.width).toBeLessThanOrEqual(400)
}

const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

describe('QA preview screens', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page
  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true })
    browser = await launchBrowser()
    page = await loginToAdmin(browser.context, baseUrl, inject('qa'))
  })
  afterAll(async () => browser.close())

  it('draws the explore tree as the API returns it, and links to each feed with the switches kept', async () => {
    const tree = await ok(api.GET('/explore'), exploreTreeSchema)
    await page.goto(`${baseUrl}/preview?${PUBLISHED}&odds=decimal`)
    await expectPhoneFrame(page)
    expect(await page.getByTestId('preview-mode').textContent()).toBe('PUBLISHED')
    expect(await page.getByTestId('tree-tag').locator('.label').allTextContents()).toEqual(flatten(tree.tags).map((tag) => tag.label))
    const href = (await page.getByTestId('tree-tag').first().getAttribute('href'))!
    expect(href).toMatch(new RegExp(`^/preview/explore/${tree.tags[0]!.slug}\\?`))
    expect(new URL(href, baseUrl).searchParams.get('odds')).toBe('decimal')
    expect(new URL(href, baseUrl).searchParams.get('which')).toBe('published')
    await screenshot(page, 'explore')
  })

  it('draws a tag’s feed with the API’s titles, display prices (exact price as a tooltip), live state and teams', async () => {
    const nba = await feed(api, 'nba')
    await page.goto(`${baseUrl}/preview/explore/nba?${PUBLISHED}`)
    await expectPhoneFrame(page)
    expect(await page.getByTestId('feed-label').textContent()).toBe(nba.tag.label)
    const rows = page.getByTestId('feed-event')
    expect(await rows.count()).toBe(nba.events.length)
    expect(await page.getByTestId('event-title').allTextContents()).toEqual(nba.events.map((event) => event.title))
    const first = nba.events[0]!
    const price = rows.first().getByTestId('outcome-price').first()
    expect(await price.textContent()).toBe(firstPriced(first).displayPrice ?? '–')
    expect(await price.getAttribute('title')).toBe(firstPriced(first).price ?? 'no price')
    expect(await rows.first().getByTestId('market-title').first().textContent()).toBe(first.markets[0]!.displayTitle)
    // Live and settled as the API says, row by row; a team's logo is an image named after it.
    const liveRows = nba.events.filter((event) => event.game?.status === 'live' || (event.live && !event.game)).length
    expect(await page.getByTestId('live-badge').count()).toBe(liveRows)
    const withTeams = nba.events.findIndex((event) => event.teams.some((team) => team.logo))
    expect(withTeams, 'an NBA game with team logos').toBeGreaterThanOrEqual(0)
    const team = nba.events[withTeams]!.teams.find((one) => one.logo)!
    const logo = rows.nth(withTeams).getByRole('img', { name: team.name }).first()
    expect(await logo.getAttribute('src')).toBe(team.logo)
    expect(await logo.getAttribute('width')).toBe('22')
    await screenshot(page, 'feed')
  })

  it('switches prices to decimal odds with the bar’s odds switch (odds=decimal)', async () => {
    const [probability, decimal] = await Promise.all([feed(api, 'nba'), feed(decimalApi, 'nba')])
    await page.goto(`${baseUrl}/preview/explore/nba?${PUBLISHED}`)
    await page.getByTestId('odds-select').selectOption('decimal')
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL((url) => url.searchParams.get('odds') === 'decimal' && url.searchParams.get('which') === 'published')
    const price = page.getByTestId('feed-event').first().getByTestId('outcome-price').first()
    const expected = firstPriced(decimal.events[0]!)
    expect(await price.textContent()).toBe(expected.displayPrice ?? '–')
    expect(await price.getAttribute('title')).toBe(expected.price ?? 'no price')
    expect(expected.displayPrice).not.toBe(firstPriced(probability.events[0]!).displayPrice)
    if (expected.displayPrice) expect(expected.displayPrice).toMatch(/^\d+\.\d{2}$/)
  })

  it('draws an event page with the API’s sections, market titles and prices in order', async () => {
    const { events } = await feed(api, 'nba')
    const slug = events[0]!.slug
    const event = await ok(api.GET('/events/{slug}', { params: { path: { slug } } }), eventPageSchema)
    await page.goto(`${baseUrl}/preview/events/${slug}?${PUBLISHED}`)
    await expectPhoneFrame(page)
    expect(await page.getByTestId('event-title').textContent()).toBe(event.event.title)
    expect(await page.getByTestId('section-title').allTextContents()).toEqual(event.sections.map((section) => section.title))
    const markets = event.sections.flatMap((section) => section.groups.flatMap((group) => group.markets))
    expect(await page.getByTestId('market-title').allTextContents()).toEqual(markets.map((market) => market.displayTitle))
    expect(await page.getByTestId('outcome-price').allTextContents()).toEqual(markets.flatMap((market) => market.outcomes.map((outcome) => outcome.displayPrice ?? '–')))
    await screenshot(page, 'event')
  })

  it('draws the World Cup page and a group page as the API returns them', async () => {
    const worldCup = await ok(api.GET('/world-cup'), worldCupPageSchema)
    if (worldCup.layout !== 'groups') throw new Error(`expected the groups layout, got ${worldCup.layout}`)
    await page.goto(`${baseUrl}/preview/world-cup?${PUBLISHED}`)
    await expectPhoneFrame(page)
    expect(await page.getByTestId('tournament-name').textContent()).toBe(worldCup.tournament.name)
    expect(await page.getByTestId('group-link').allTextContents()).toEqual(worldCup.groups.map((group) => `${group.title} ›`))
    const shown = [...worldCup.live, ...worldCup.upcoming, ...worldCup.results]
    expect(await page.getByTestId('match-title').allTextContents()).toEqual(shown.map((match) => match.title))
    // Live state and scores from each match's game; each market as one price.
    expect(await page.getByTestId('live-badge').count()).toBe(shown.filter((match) => match.game?.status === 'live').length)
    const scored = shown.findIndex((match) => match.game?.score)
    if (scored >= 0) expect(await page.getByTestId('match').nth(scored).getByTestId('game-score').textContent()).toBe(shown[scored]!.game!.score)
    const market = shown[0]!.markets[0]!
    const outcome = market.outcomes.find((one) => one.name.toLowerCase() === 'yes') ?? market.outcomes[0]!
    expect(await page.getByTestId('match').first().getByTestId('market-title').first().textContent()).toBe(market.displayTitle)
    expect(await page.getByTestId('match').first().getByTestId('outcome-price').first().textContent()).toBe(outcome.displayPrice ?? '–')
    await screenshot(page, 'world-cup')

    const group = await ok(api.GET('/world-cup/groups/{letter}', { params: { path: { letter: 'j' } } }), worldCupGroupPageSchema)
    if (group.layout !== 'group') throw new Error(`expected the group layout, got ${group.layout}`)
    await page.getByTestId('group-link').nth(worldCup.groups.findIndex((one) => one.letter === 'J')).click()
    await page.waitForURL(/\/preview\/world-cup\/groups\/j\?which=published$/)
    await expectPhoneFrame(page)
    expect(await page.getByTestId('group-title').textContent()).toBe(group.group.title)
    const rows = await page.getByTestId('standings-row').allTextContents()
    expect(rows).toHaveLength(group.table.length)
    group.table.forEach((row, index) => expect(rows[index]).toContain(row.team.name))
    expect(await page.getByTestId('match-title').allTextContents()).toEqual([...group.matches, ...group.results].map((match) => match.title))
    await screenshot(page, 'world-cup-group')
  })

  it('draws search results (tags, events, people) as the API returns them', async () => {
    const result = await ok(api.GET('/search', { params: { query: { q: 'bitcoin' } } }), searchViewSchema)
    await page.goto(`${baseUrl}/preview/search?q=bitcoin&${PUBLISHED}`)
    await expectPhoneFrame(page)
    expect(await page.getByTestId('search-input').inputValue()).toBe('bitcoin')
    expect(await page.getByTestId('search-tag').locator('.label').allTextContents()).toEqual(result.tags.map((tag) => tag.label))
    expect(await page.getByTestId('event-title').allTextContents()).toEqual(result.events.map((event) => event.title))
    expect(await page.getByTestId('search-profile').count()).toBe(result.profiles.length)
    await screenshot(page, 'search')
  })

  it('renders as of a chosen moment, and says so in the badge', async () => {
    await page.goto(`${baseUrl}/preview?${PUBLISHED}&at=2026-06-20T12:00`)
    await expectPhoneFrame(page)
    expect(await page.getByTestId('preview-mode').textContent()).toBe('PUBLISHED · as of 2026-06-20 12:00 UTC')
    expect(await page.getByTestId('at-input').inputValue()).toBe('2026-06-20T12:00')
    expect(await page.getByTestId('tree-tag').count()).toBeGreaterThan(0)
  })

  it('issues a signed link from the bar that opens this screen, with its switches, without a session', async () => {
    const { events } = await feed(decimalApi, 'nba')
    const slug = events[0]!.slug
    const event = await ok(decimalApi.GET('/events/{slug}', { params: { path: { slug } } }), eventPageSchema)
    await page.goto(`${baseUrl}/preview/events/${slug}?${PUBLISHED}&odds=decimal`)
    await page.getByTestId('copy-link').click()
    const href = (await page.getByTestId('preview-link').getAttribute('href'))!
    const link = new URL(href)
    expect(link.pathname).toBe(`/preview/events/${slug}`)
    expect(Object.fromEntries([...link.searchParams].filter(([key]) => key !== 'preview'))).toEqual({ which: 'published', odds: 'decimal' })
    expect(link.searchParams.get('preview')).toMatch(/^v1\./)

    const stranger = await launchBrowser()
    try {
      const visitor = await stranger.context.newPage()
      await visitor.goto(href)
      await expectPhoneFrame(visitor)
      expect(await visitor.getByTestId('preview-mode').textContent()).toBe('PUBLISHED')
      expect(await visitor.getByTestId('event-title').textContent()).toBe(event.event.title)
      const firstMarket = event.sections[0]!.groups[0]!.markets[0]!
      expect(await visitor.getByTestId('outcome-price').first().textContent()).toBe(firstMarket.outcomes[0]!.displayPrice ?? '–')
      await screenshot(visitor, 'signed-link')
    } finally {
      await stranger.close()
    }
  })
})
