// The rewards admin in a browser: an API key shown once in the create form works after saving; a wallet's edit
// view lists its recent activities; a season's edit view offers the re-score.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, loginToAdmin } from '../support/browser'
import { staffToken } from '../support/staffToken'

const baseUrl = inject('baseUrl')

describe('rewards admin', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Awaited<ReturnType<typeof loginToAdmin>>

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await loginToAdmin(browser.context, baseUrl, inject('admin'))
  })

  afterAll(async () => browser.close())

  it('creates an API key that is shown once and works after saving', async () => {
    await page.goto(`${baseUrl}/admin/collections/api-keys/create`)
    const keyInput = page.locator('#field-key')
    await keyInput.waitFor()
    const key = await keyInput.inputValue()
    expect(key).toMatch(/^pbk_[A-Za-z0-9_-]{43}$/)
    await page.fill('#field-name', 'browser-made key')
    await page.click('#action-save')
    await page.waitForURL(/\/admin\/collections\/api-keys\/\d+/)
    // Gone from the edit view once saved; only its first characters remain.
    await page.locator('#field-keyPrefix').waitFor()
    expect(await page.locator('#field-key').count()).toBe(0)
    expect(await page.locator('#field-keyPrefix').inputValue()).toBe(key.slice(0, 12))

    const response = await fetch(`${baseUrl}/api/v1/rewards/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'idempotency-key': `browser-${Date.now()}` },
      body: JSON.stringify({ type: 'deposit', wallet: `0x${'b'.repeat(40)}`, occurredAt: '2026-11-12T09:00:00Z', amount: '10' }),
    })
    expect(response.status).toBe(201)
  })

  it('lists a wallet’s recent activities on its edit view', async () => {
    const token = await staffToken(baseUrl, inject('admin'))
    const { docs } = (await (await fetch(`${baseUrl}/api/wallets?where[type][equals]=proxy&limit=1&depth=0`, { headers: { authorization: `JWT ${token}` } })).json()) as { docs: { id: number }[] }
    await page.goto(`${baseUrl}/admin/collections/wallets/${docs[0]!.id}`)
    const table = page.getByTestId('wallet-activities')
    await table.waitFor()
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0)
  })

  it('offers the re-score on a season', async () => {
    await page.goto(`${baseUrl}/admin/collections/reward-seasons`)
    await page.locator('.cell-name a, td a').first().click()
    await page.getByTestId('rescore-season').waitFor()
    await page.getByRole('button', { name: 'Re-score season' }).click()
    await page.getByText(/Queued|Latest: (running|done)/).first().waitFor()
  })
})
