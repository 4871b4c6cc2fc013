// The API reference at /api/v1/docs renders in a browser from the app alone (no CDN), with every operation listed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

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
})
