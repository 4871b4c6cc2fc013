// The API reference at /api/v1/docs renders in a browser from the app alone (no CDN), with every operation listed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ERROR_CODES } from '../../src/errorCodes'
import { launchBrowser } from '../support/browser'

const baseUrl = inject('baseUrl')

describe('API reference', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser.close())

  it('lists every operation of the served document, loading nothing from another origin', async () => {
    const document = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, { summary: string }>> }
    const summaries = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation) => operation.summary))
    const page = await browser.context.newPage()
    const foreign: string[] = []
    // Fetched from elsewhere (a request the page's policy blocks is not fetched).
    page.on('requestfinished', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) foreign.push(request.url())
    })
    await page.goto(`${baseUrl}/api/v1/docs`)
    // Rendered by Redoc into the page (menu entries of collapsed groups are attached but hidden).
    await page.getByText(summaries[0]!, { exact: true }).first().waitFor({ state: 'attached', timeout: 30_000 })
    await page.locator('h1', { hasText: 'Playbook mobile API' }).first().waitFor({ timeout: 30_000 })
    for (const summary of summaries) expect(await page.getByText(summary, { exact: true }).count(), summary).toBeGreaterThan(0)
    expect(foreign).toEqual([])
  })

  it('links a problem’s type to its code in the error catalogue, which lists every code', async () => {
    const response = await fetch(`${baseUrl}/api/v1/explore/sports/events?cursor=not-a-cursor`)
    const problem = (await response.json()) as { type: string; code: string }
    expect(problem.code).toBe('feed.invalid_cursor')
    const page = await browser.context.newPage()
    await page.goto(new URL(problem.type, response.url).href)
    const row = page.locator('tr:target')
    await row.waitFor({ timeout: 10_000 })
    expect(await row.getAttribute('id')).toBe('feed.invalid_cursor')
    expect(await row.locator('td').nth(1).textContent()).toBe('400')
    const listed = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.id))
    expect(listed.sort()).toEqual(Object.keys(ERROR_CODES).sort())
  })
})
