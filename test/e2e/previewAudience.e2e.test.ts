// The preview's country and install switches show the screens as a client there, or on that device, sees them: the
// demo's "Rate bets" is hidden in the US, and "Crypto Labs" (a 10 % rollout) is shown to the QA device.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, loginToAdmin } from '../support/browser'

const baseUrl = inject('baseUrl')

describe('preview audience switches', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page
  const tags = () => page.getByTestId('tree-tag').allTextContents()

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await loginToAdmin(browser.context, baseUrl, inject('qa'))
  })
  afterAll(async () => browser.close())

  it('hides a tag in the country it is denied, switched from the bar', async () => {
    await page.goto(`${baseUrl}/preview?which=published&country=DE`)
    expect(await tags()).toEqual(expect.arrayContaining([expect.stringContaining('Rate bets')]))
    await page.getByTestId('country-input').fill('US')
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(/country=US/)
    expect((await tags()).some((text) => text.includes('Rate bets'))).toBe(false)
  })

  it('shows a partial rollout to the QA device, and not without an install id', async () => {
    await page.goto(`${baseUrl}/preview?which=published`)
    expect((await tags()).some((text) => text.includes('Crypto Labs'))).toBe(false)
    await page.getByTestId('install-input').fill('demo-qa-device')
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(/install=demo-qa-device/)
    expect(await tags()).toEqual(expect.arrayContaining([expect.stringContaining('Crypto Labs')]))
  })
})
