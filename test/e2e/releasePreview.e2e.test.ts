// QA sees a release before it is published, in Chromium: the preview with the release applied, the same release as
// of its scheduled moment, the release's diff (preview page and the admin's edit view), and a shared link opened
// without a session. The public API shows none of it. Screenshots are kept under test-results/preview/.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, loginToAdmin } from '../support/browser'
import { staffToken } from '../support/staffToken'

const baseUrl = inject('baseUrl')
const SCREENSHOTS = path.resolve('test-results/preview')
const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

describe('release preview', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let page: Page
  let editor: string
  let tag: { id: number; slug: string; label: string }
  let releaseId: number
  const label = `Release label ${Date.now()}`
  const publishAt = new Date(Date.now() + 3 * 3_600_000)

  const staff = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `JWT ${editor}` } })
  const publicLabel = async () => ((await (await fetch(`${baseUrl}/api/v1/explore/${tag.slug}/events?limit=1`)).json()) as { tag: { label: string } }).tag.label

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true })
    editor = await staffToken(baseUrl, inject('editor'))
    const { docs } = (await (await staff('/api/explore-tags?where[slug][equals]=solana&depth=0')).json()) as { docs: { id: number; slug: string; label: string }[] }
    tag = docs[0]!
    expect((await staff(`/api/explore-tags/${tag.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ label }) })).status).toBe(200)
    const created = await staff('/api/releases', { method: 'POST', body: JSON.stringify({ title: 'Tonight', documents: [{ relationTo: 'explore-tags', value: tag.id }], publishAt: publishAt.toISOString() }) })
    expect(created.status).toBe(201)
    const release = ((await created.json()) as { doc: { id: number; status: string } }).doc
    expect(release.status).toBe('scheduled')
    releaseId = release.id
    browser = await launchBrowser()
    page = await loginToAdmin(browser.context, baseUrl, inject('qa'))
  })

  afterAll(async () => {
    // Unschedule it and put the draft back, so later tests see the demo content.
    await staff(`/api/releases/${releaseId}`, { method: 'PATCH', body: JSON.stringify({ publishAt: null }) })
    await staff(`/api/explore-tags/${tag.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ label: tag.label }) })
    await browser.close()
  })

  it('shows the feed with the release applied, while the app still shows the published label', async () => {
    await page.goto(`${baseUrl}/preview/explore/${tag.slug}?which=release&release=${releaseId}`)
    expect(await page.getByTestId('preview-mode').textContent()).toContain(`RELEASE #${releaseId}`)
    expect(await page.getByTestId('feed-label').textContent()).toBe(label)
    await screenshot(page, 'release-feed')
    expect(await publicLabel()).toBe(tag.label)
  })

  it('shows the published configuration as of a moment: the scheduled release applied after its time, not before', async () => {
    const utc = (date: Date) => date.toISOString().slice(0, 16)
    await page.goto(`${baseUrl}/preview/explore/${tag.slug}?which=published&at=${utc(new Date(publishAt.getTime() - 3_600_000))}`)
    expect(await page.getByTestId('feed-label').textContent()).toBe(tag.label)
    await page.goto(`${baseUrl}/preview/explore/${tag.slug}?which=published&at=${utc(new Date(publishAt.getTime() + 3_600_000))}`)
    expect(await page.getByTestId('preview-mode').textContent()).toContain('as of')
    expect(await page.getByTestId('feed-label').textContent()).toBe(label)
    await screenshot(page, 'as-of-time-feed')
  })

  it('shows what the release changes, on the preview diff and on the release’s edit view', async () => {
    await page.goto(`${baseUrl}/preview/diff?which=release&release=${releaseId}`)
    expect(await page.getByTestId('tree-diff').textContent()).toContain(`${tag.slug}: “${tag.label}” → “${label}”`)
    await screenshot(page, 'release-diff')

    const admin = await loginToAdmin(browser.context, baseUrl, inject('editor'))
    await admin.goto(`${baseUrl}/admin/collections/releases/${releaseId}`)
    await expect.poll(() => admin.getByTestId('release-diff').textContent(), { timeout: 20_000 }).toContain(`tag ${tag.slug}: “${tag.label}” → “${label}”`)
    await admin.getByRole('button', { name: 'Copy preview link' }).click()
    const link = await admin.getByTestId('preview-link').getAttribute('href')
    expect(new URL(link!).searchParams.get('which')).toBe('release')
    expect(new URL(link!).searchParams.get('release')).toBe(String(releaseId))
    await screenshot(admin, 'release-edit-view')

    // The shared link opens the release preview in a browser with no session.
    const stranger = await launchBrowser()
    try {
      const shared = await stranger.context.newPage()
      await shared.goto(link!)
      expect(await shared.getByTestId('preview-mode').textContent()).toContain(`RELEASE #${releaseId}`)
      expect(await shared.getByTestId('tree-tag').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(label)]))
    } finally {
      await stranger.close()
    }
  })
})
