// Editor guardrails in the explore-tag form: pickers find upstream tags by label and events by title and fill their
// ids and slugs; publishing checks what is new against market data (drafts are not checked).
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { REPLAY_TAGS, WORLD_CUP_GROUP_LETTERS } from '@replay/data/catalog'

import { launchBrowser, loginToAdmin } from '../support/browser'
import { staffToken } from '../support/staffToken'

const baseUrl = inject('baseUrl')
const replayUrl = inject('replayUrl')

interface TagDoc {
  id: number
  slug: string
  filterTagIds?: number[] | null
  pinnedEvents?: string[] | null
  _status?: string
}

async function editorHeaders(): Promise<Record<string, string>> {
  return { authorization: `JWT ${await staffToken(baseUrl, inject('editor'))}`, 'content-type': 'application/json' }
}

/** A new explore tag, saved as a draft only, filtering by crypto. */
async function draftTag(name: string): Promise<TagDoc> {
  const slug = `guardrails-${name}-${Date.now()}`
  const response = await fetch(`${baseUrl}/api/explore-tags?draft=true&depth=0`, {
    method: 'POST',
    headers: await editorHeaders(),
    body: JSON.stringify({ label: `Guardrails ${name}`, slug, kind: 'market-tag', filterTagIds: [REPLAY_TAGS.crypto.id], _status: 'draft' }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: TagDoc }).doc
}

async function tagDoc(id: number, draft: boolean): Promise<TagDoc> {
  const response = await fetch(`${baseUrl}/api/explore-tags/${id}?depth=0&draft=${draft}`, { headers: await editorHeaders() })
  expect(response.status).toBe(200)
  return (await response.json()) as TagDoc
}

/** One event from the replay upstream, open or settled. */
async function upstreamEvent(closed: boolean): Promise<{ slug: string; title: string }> {
  const events = (await (await fetch(`${replayUrl}/events?closed=${closed}&limit=1`)).json()) as { slug: string; title: string }[]
  return events[0]!
}

async function pick(page: Page, picker: string, q: string, optionText: string): Promise<void> {
  await page.getByTestId(picker).locator('input[type="search"]').fill(q)
  await page.getByTestId(`${picker}-option`).filter({ hasText: optionText }).first().click()
}

/** Types a value into a hasMany field's own input (what editors did before the pickers). */
async function typeInto(page: Page, field: string, value: string): Promise<void> {
  const input = page.locator(`.field-${field} input:not([type="search"])`).first()
  await input.fill(value)
  await input.press('Enter')
}

describe('explore tag guardrails in the admin', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser.close())

  it('finds an upstream tag by label and an event by title, fills their id and slug, and publishes them', async () => {
    const doc = await draftTag('pickers')
    const open = await upstreamEvent(false)
    const page = await loginToAdmin(browser.context, baseUrl, inject('editor'))
    await page.goto(`${baseUrl}/admin/collections/explore-tags/${doc.id}`)

    await pick(page, 'upstream-tag-picker-filterTagIds', 'ether', 'Ethereum')
    await expect.poll(() => page.locator('.field-filterTagIds').first().textContent()).toContain(String(REPLAY_TAGS.ethereum.id))
    await pick(page, 'upstream-event-picker-pinnedEvents', open.title, open.slug)
    await expect.poll(() => page.locator('.field-pinnedEvents').first().textContent()).toContain(open.slug)

    await page.getByRole('button', { name: /publish changes/i }).click()
    await page.getByText(/updated successfully|published successfully/i).first().waitFor()
    const published = await tagDoc(doc.id, false)
    expect(published._status).toBe('published')
    expect(published.filterTagIds).toEqual([REPLAY_TAGS.crypto.id, REPLAY_TAGS.ethereum.id])
    expect(published.pinnedEvents).toEqual([open.slug])
  })

  it('saves a draft with an unknown upstream tag id and refuses to publish it, naming the field', async () => {
    const doc = await draftTag('unknown-id')
    const page = await loginToAdmin(browser.context, baseUrl, inject('editor'))
    await page.goto(`${baseUrl}/admin/collections/explore-tags/${doc.id}`)

    await typeInto(page, 'filterTagIds', '424242')
    // Autosaved as a draft: not checked.
    await expect.poll(async () => (await tagDoc(doc.id, true)).filterTagIds, { timeout: 15_000 }).toEqual([REPLAY_TAGS.crypto.id, 424242])

    await page.getByRole('button', { name: /publish changes/i }).click()
    await page.getByText('Unknown upstream tag id: 424242.').first().waitFor()
    await page.getByText(/following field is invalid.*Upstream tag ids/i).first().waitFor()
    expect((await tagDoc(doc.id, false))._status).toBe('draft')
  })

  it('refuses to publish a settled or missing pinned event, naming the field', async () => {
    const doc = await draftTag('pinned')
    const settled = await upstreamEvent(true)
    const page = await loginToAdmin(browser.context, baseUrl, inject('editor'))
    await page.goto(`${baseUrl}/admin/collections/explore-tags/${doc.id}`)

    await pick(page, 'upstream-event-picker-pinnedEvents', settled.title, settled.slug)
    // The picked slug is in the form before the next value is typed: typing on top of a pick not yet rendered loses it.
    await expect.poll(() => page.locator('.field-pinnedEvents').first().textContent()).toContain(settled.slug)
    await typeInto(page, 'pinnedEvents', 'no-such-event-e2e')
    // Autosaved as a draft with both pins: what the publish below sends.
    await expect.poll(async () => (await tagDoc(doc.id, true)).pinnedEvents, { timeout: 15_000 }).toEqual([settled.slug, 'no-such-event-e2e'])

    // Both lookups cached first (the settled event, the unknown slug as not found): a check that finds market data
    // slow or rate-limited on this shared replay publishes unchecked by design, which is not what this test is about.
    for (const [slug, status] of [[settled.slug, 200], ['no-such-event-e2e', 404]] as const) {
      const response = await fetch(`${baseUrl}/api/v1/events/${slug}`)
      await response.body?.cancel()
      expect(response.status, slug).toBe(status)
    }
    await page.getByRole('button', { name: /publish changes/i }).click()
    await page.getByText(/following field is invalid.*Pinned events/i).first().waitFor()
    const refusal = page.getByText(/^Pinned events: /).first()
    await refusal.waitFor()
    expect(await refusal.textContent()).toBe(`Pinned events: "${settled.slug}" has settled. no upstream event "no-such-event-e2e".`)
    expect((await tagDoc(doc.id, false))._status).toBe('draft')
  })

  it('publishes unchecked when market data is unreachable, and shows the warning in the sidebar', async () => {
    const doc = await draftTag('unreachable')
    const slug = `guardrails-unreachable-${Date.now()}`
    // Only this event's lookup fails (enough times for every retry); nothing else on the shared replay changes.
    await fetch(`${replayUrl}/__replay/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ path: `/events/slug/${slug}`, status: 503, times: 20 }]) })
    const response = await fetch(`${baseUrl}/api/explore-tags/${doc.id}?depth=0`, { method: 'PATCH', headers: await editorHeaders(), body: JSON.stringify({ pinnedEvents: [slug], _status: 'published' }) })
    expect(response.status).toBe(200)
    expect(await tagDoc(doc.id, false)).toMatchObject({ _status: 'published', pinnedEvents: [slug] })

    const page = await loginToAdmin(browser.context, baseUrl, inject('editor'))
    await page.goto(`${baseUrl}/admin/collections/explore-tags/${doc.id}`)
    const warning = page.getByTestId('publish-warning')
    await warning.waitFor()
    expect(await warning.textContent()).toContain('Market data was unreachable, so the pinned events were published unchecked.')
  })

  it('answers the pickers’ lookups for staff only', async () => {
    expect((await fetch(`${baseUrl}/api/upstream-tags?q=bitcoin`)).status).toBe(403)
    const headers = await editorHeaders()
    const tags = (await (await fetch(`${baseUrl}/api/upstream-tags?q=bitcoin`, { headers })).json()) as { tags: { id: number; label: string }[] }
    expect(tags.tags[0]).toMatchObject({ id: REPLAY_TAGS.bitcoin.id, label: 'Bitcoin' })
    const empty = await fetch(`${baseUrl}/api/upstream-events?q=`, { headers })
    expect(empty.status).toBe(400)
    expect(empty.headers.get('content-type')).toContain('application/problem+json')
    expect(await empty.json()).toMatchObject({ code: 'content.invalid_lookup' })
  })
})

describe('World Cup groups in the explore tree', () => {
  it('lists the tournament’s groups under the World Cup tag, each naming its group page, which answers', async () => {
    const headers = { 'x-platform': 'ios', 'x-app-version': '3.1.0' }
    const response = await fetch(`${baseUrl}/api/v1/explore`, { headers })
    expect(response.status).toBe(200)
    type Node = { slug: string; kind: string; label: string; group?: { letter: string; path: string }; children: Node[] }
    const { tags } = (await response.json()) as { tags: Node[] }
    const worldCup = tags.find((node) => node.slug === 'world-cup')!
    const groups = worldCup.children.filter((node) => node.kind === 'world-cup-group')
    expect(groups.map((node) => node.group?.letter)).toEqual([...WORLD_CUP_GROUP_LETTERS])
    expect(groups[0]).toMatchObject({ label: 'Group A', group: { path: '/api/v1/world-cup/groups/A' }, children: [] })
    // The hand-made child stays first; no other tag gets the groups.
    expect(worldCup.children[0]!.slug).toBe('world-cup-results')
    expect(tags.filter((node) => node.slug !== 'world-cup').flatMap((node) => node.children).some((node) => node.kind === 'world-cup-group')).toBe(false)

    const page = await fetch(`${baseUrl}${groups[0]!.group!.path}`, { headers })
    expect(page.status).toBe(200)
    expect(await page.json()).toMatchObject({ group: { letter: 'A' } })
  })
})
