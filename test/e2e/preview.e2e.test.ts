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

  it('issues a signed link from the admin that opens that draft preview without a session, and no other page', async () => {
    const { docs } = (await (await fetch(`${baseUrl}/api/explore-tags?where[slug][equals]=ethereum&depth=0`)).json()) as { docs: { id: number; label: string }[] }
    const ethereum = docs[0]!
    const admin = await loginToAdmin(browser.context, baseUrl, inject('qa'))
    await admin.goto(`${baseUrl}/admin/collections/explore-tags/${ethereum.id}`)
    await admin.getByRole('button', { name: 'Copy preview link' }).click()
    const href = (await admin.getByTestId('preview-link').getAttribute('href'))!
    expect(href).toMatch(/\/preview\/explore\/ethereum\?.*preview=v1\./)

    await browser.context.clearCookies()
    const visitor = await browser.context.newPage()
    await visitor.goto(href)
    expect(await visitor.getByTestId('feed-label').textContent()).toBe(ethereum.label)
    expect(await visitor.getByTestId('preview-mode').textContent()).toBe('DRAFT')
    // The token is for that page and that query only: anything else is the login page.
    const otherPage = new URL(href)
    otherPage.pathname = '/preview/explore/bitcoin'
    const otherQuery = new URL(href)
    otherQuery.searchParams.set('which', 'published')
    for (const url of [otherPage, otherQuery]) {
      await visitor.goto(url.toString())
      expect(visitor.url(), url.toString()).toContain('/admin/login')
    }
  })

  it('issues links to staff only, for preview pages only, for at most a week', async () => {
    const issue = (body: unknown, token?: string) =>
      fetch(`${baseUrl}/api/preview-link`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) }, body: JSON.stringify(body) })
    const anonymous = await issue({ path: '/preview/world-cup' })
    expect(anonymous.status).toBe(403)
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json')
    const qa = await staffToken(baseUrl, inject('qa'))
    expect((await issue({ path: '/admin/collections/users' }, qa)).status).toBe(400)
    expect((await issue({ path: '/preview/world-cup', ttlSeconds: 8 * 24 * 3_600 }, qa)).status).toBe(400)
    const issued = await issue({ path: '/preview/world-cup', params: { which: 'draft' } }, qa)
    expect(issued.status).toBe(200)
    const { url, expiresAt } = (await issued.json()) as { url: string; expiresAt: string }
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000)
    expect((await fetch(`${baseUrl}${url}`, { redirect: 'manual' })).status).toBe(200)
  })
})
