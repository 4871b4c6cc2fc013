/** Headless Debian Chromium driven by playwright-core. */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { type BrowserContext, chromium } from 'playwright-core'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'

export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'playbook-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  })
  return {
    context,
    close: async () => {
      await context.close()
      await rm(userDataDir, { recursive: true, force: true })
    },
  }
}

/** Logs in as `credentials`, replacing whoever was logged in in this browser (the login page redirects them away). */
export async function loginToAdmin(context: BrowserContext, baseUrl: string, credentials: { email: string; password: string }) {
  await context.clearCookies()
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('#field-email', credentials.email)
  await page.fill('#field-password', credentials.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(`${baseUrl}/admin`)
  return page
}
