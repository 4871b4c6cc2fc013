// An editor changes a props unit in the admin: the live example follows the typing, the autosaved draft leaves the
// published content as it was, and publishing makes it live.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, loginToAdmin } from '../support/browser'
import { staffToken } from '../support/staffToken'

const baseUrl = inject('baseUrl')

interface PropsDoc {
  id: number
  stat: string
  unitPlural: string
  unitSingular: string
}

/** The latest draft, as staff see it. */
async function draftProp(id: number, credentials: { email: string; password: string }): Promise<PropsDoc> {
  const token = await staffToken(baseUrl, credentials)
  const response = await fetch(`${baseUrl}/api/props-vocabulary/${id}?depth=0&draft=true`, { headers: { authorization: `JWT ${token}` } })
  expect(response.status).toBe(200)
  return (await response.json()) as PropsDoc
}

/** The published document, as anyone (the app, the public REST) sees it. */
async function publishedProp(id: number): Promise<PropsDoc> {
  const response = await fetch(`${baseUrl}/api/props-vocabulary/${id}?depth=0`)
  expect(response.status).toBe(200)
  return (await response.json()) as PropsDoc
}

describe('props vocabulary in the admin', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser.close())

  it('shows the live example while typing, keeps drafts out of the published content until publish', async () => {
    const list = await fetch(`${baseUrl}/api/props-vocabulary?where[stat][equals]=points&depth=0&limit=1`).then((r) => r.json() as Promise<{ docs: PropsDoc[] }>)
    const points = list.docs[0]!
    expect(points.unitPlural).toBe('points')

    const page = await loginToAdmin(browser.context, baseUrl, inject('editor'))
    await page.goto(`${baseUrl}/admin/collections/props-vocabulary/${points.id}`)
    const titles = page.getByTestId('title-example-title')
    await expect.poll(() => titles.allTextContents(), { timeout: 30_000 }).toEqual(['LeBron James to score 26+ points', 'LeBron James to score 1+ point'])

    await page.fill('#field-unitPlural', 'buckets')
    await page.fill('#field-unitSingular', 'bucket')
    await expect.poll(() => titles.allTextContents()).toEqual(['LeBron James to score 26+ buckets', 'LeBron James to score 1+ bucket'])

    // Autosaved as a draft while typing: staff see it, the published document does not change.
    await expect.poll(async () => (await draftProp(points.id, inject('editor'))).unitPlural, { timeout: 15_000 }).toBe('buckets')
    expect((await publishedProp(points.id)).unitPlural, 'a draft is not published').toBe('points')

    await page.getByRole('button', { name: /publish changes/i }).click()
    await page.getByText(/updated successfully|published successfully/i).first().waitFor()
    await expect.poll(async () => (await publishedProp(points.id)).unitPlural).toBe('buckets')
  })
})
