// QA previews a draft: the preview shows it, the public API does not until it is published. Strangers are sent
// to the login page; a signed link opens one page without a session.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, loginToAdmin } from '../support/browser'
import { staffToken } from '../support/staffToken'

const baseUrl = inject('baseUrl')

const publicLabel = async (slug: string) => {
  const tree = (await (await fetch(`${baseUrl}/api/v1/explore`)).json()) as { tags: { slug: string; label: string; children: { slug: string; label: string }[] }[] }
  const all = tree.tags.flatMap((tag) => [tag, ...tag.children])
  return all.find((tag) => tag.slug === slug)?.label
}

describe('QA preview', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser.close())

  it('sends a visitor without a session to the login page', async () => {
    const response = await fetch(`${baseUrl}/preview/explore/bitcoin`, { redirect: 'manual' })
    expect([303, 307, 308]).toContain(response.status)
    expect(response.headers.get('location')).toContain('/admin/login')
  })

  it('shows an editor’s draft to QA, and to the public only once published', async () => {
    const editor = await staffToken(baseUrl, inject('editor'))
    const { docs } = (await (await fetch(`${baseUrl}/api/explore-tags?where[slug][equals]=bitcoin&depth=0`)).json()) as { docs: { id: number; label: string }[] }
    const bitcoin = docs[0]!
    const draftLabel = `Bitcoin ${Date.now()}`

    const page = await loginToAdmin(browser.context, baseUrl, inject('qa'))
    await page.goto(`${baseUrl}/preview/explore/bitcoin`)
    expect(await page.getByTestId('feed-label').textContent()).toBe(bitcoin.label)
    expect(await page.getByTestId('preview-mode').textContent()).toBe('DRAFT')
    expect(await page.getByTestId('feed-event').count()).toBeGreaterThan(0)

    const saved = await fetch(`${baseUrl}/api/explore-tags/${bitcoin.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor}` },
      body: JSON.stringify({ label: draftLabel }),
    })
    expect(saved.status).toBe(200)

    await expect.poll(async () => {
      await page.reload()
      return page.getByTestId('feed-label').textContent()
    }, { timeout: 10_000 }).toBe(draftLabel)
    expect(await publicLabel('bitcoin')).toBe(bitcoin.label)

    await page.goto(`${baseUrl}/preview/diff?tag=bitcoin`)
    expect(await page.getByTestId('tree-diff').textContent()).toContain(`bitcoin: “${bitcoin.label}” → “${draftLabel}”`)

    const published = await fetch(`${baseUrl}/api/explore-tags/${bitcoin.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor}` },
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(published.status).toBe(200)
    await expect.poll(() => publicLabel('bitcoin'), { timeout: 5_000 }).toBe(draftLabel)
  })

  it('follows the editor’s typing in the admin’s Live Preview, without publishing', async () => {
    const { docs } = (await (await fetch(`${baseUrl}/api/explore-tags?where[slug][equals]=solana&depth=0`)).json()) as { docs: { id: number; label: string }[] }
    const solana = docs[0]!
    const page = await loginToAdmin(browser.context, baseUrl, inject('editor'))
    await page.goto(`${baseUrl}/admin/collections/explore-tags/${solana.id}`)
    await page.click('#live-preview-toggler')
    const preview = page.frameLocator('iframe').getByTestId('feed-label')
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toBe(solana.label)

    const typed = `Solana ${Date.now()}`
    await page.fill('#field-label', typed)
    // Autosave (no button pressed) → the iframe re-renders from the draft snapshot.
    await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toBe(typed)
    expect(await publicLabel('solana')).toBe(solana.label)
  })
})
