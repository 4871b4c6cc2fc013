// Releases through the staff API against the running app: a release of a tag label and display rules reaches
// /api/v1 at once (polled during the publish) and advances X-Config-Version by one; an invalid document blocks it
// with 422; revert and restore are one version each; QA may do none of it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { staffToken } from '../support/staffToken'

const baseUrl = inject('baseUrl')

interface Feed {
  tag: { slug: string; label: string }
  events: { markets: { category: string; displayTitle: string }[] }[]
}

const PREFIX = '[R] '

describe('releases', () => {
  let editor: string
  let qa: string
  let admin: string
  let tag: { id: number; slug: string; label: string }
  let kind: string
  let rules: { id: number; titleTemplate: string }[]

  const staff = (token: string, path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers } })
  const feed = async () => {
    const response = await fetch(`${baseUrl}/api/v1/explore/${tag.slug}/events?limit=20`)
    expect(response.status).toBe(200)
    return { version: Number(response.headers.get('x-config-version')), body: (await response.json()) as Feed }
  }
  const titlesOfKind = (body: Feed) => body.events.flatMap((event) => event.markets.filter((market) => market.category === kind).map((market) => market.displayTitle))
  const saveDraft = (token: string, collection: string, id: number, data: Record<string, unknown>) => staff(token, `/api/${collection}/${id}?draft=true`, { method: 'PATCH', body: JSON.stringify(data) })
  const createRelease = async (title: string, documents: { relationTo: string; value: number }[]) => {
    const response = await staff(editor, '/api/releases', { method: 'POST', body: JSON.stringify({ title, documents }) })
    expect(response.status).toBe(201)
    return ((await response.json()) as { doc: { id: number } }).doc.id
  }

  beforeAll(async () => {
    ;[editor, qa, admin] = await Promise.all([staffToken(baseUrl, inject('editor')), staffToken(baseUrl, inject('qa')), staffToken(baseUrl, inject('admin'))])
    // A tag whose feed has markets, and every display rule of the first market's kind (default and per sport).
    const tree = (await (await fetch(`${baseUrl}/api/v1/explore`)).json()) as { tags: { slug: string }[] }
    for (const { slug } of tree.tags) {
      const body = (await (await fetch(`${baseUrl}/api/v1/explore/${slug}/events?limit=20`)).json()) as Feed
      const market = body.events?.flatMap((event) => event.markets)[0]
      if (!market) continue
      kind = market.category
      const { docs } = (await (await staff(editor, `/api/explore-tags?where[slug][equals]=${slug}&depth=0`)).json()) as { docs: { id: number; slug: string; label: string }[] }
      tag = docs[0]!
      break
    }
    expect(tag, 'a tag with markets in the demo content').toBeDefined()
    const found = (await (await staff(editor, `/api/market-display-rules?where[marketKind][equals]=${kind}&depth=0&limit=100`)).json()) as { docs: { id: number; titleTemplate: string }[] }
    rules = found.docs
    expect(rules.length).toBeGreaterThan(0)
  })

  afterAll(async () => {
    // Leave the demo content as it was for the tests that follow.
    await staff(editor, `/api/explore-tags/${tag.id}`, { method: 'PATCH', body: JSON.stringify({ label: tag.label, _status: 'published' }) })
    for (const rule of rules) await staff(editor, `/api/market-display-rules/${rule.id}`, { method: 'PATCH', body: JSON.stringify({ titleTemplate: rule.titleTemplate, _status: 'published' }) })
  })

  it('refuses publish, revert and restore to QA, and restore to editors', async () => {
    const id = await createRelease('QA cannot', [{ relationTo: 'explore-tags', value: tag.id }])
    for (const action of ['publish', 'revert']) {
      const response = await staff(qa, `/api/releases/${id}/${action}`, { method: 'POST' })
      expect(response.status).toBe(403)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
      expect(((await response.json()) as { code: string }).code).toBe('release.editors_only')
    }
    expect((await staff(qa, '/api/config-versions/1/restore', { method: 'POST' })).status).toBe(403)
    expect((await staff(editor, '/api/config-versions/1/restore', { method: 'POST' })).status).toBe(403)
    expect((await fetch(`${baseUrl}/api/releases/${id}/publish`, { method: 'POST' })).status).toBe(403)
  })

  it('publishes a tag label and display rules at once, and advances X-Config-Version by one', async () => {
    const label = `${tag.label} (matchday)`
    expect((await saveDraft(editor, 'explore-tags', tag.id, { label })).status).toBe(200)
    for (const rule of rules) expect((await saveDraft(editor, 'market-display-rules', rule.id, { titleTemplate: `${PREFIX}${rule.titleTemplate}` })).status).toBe(200)
    const id = await createRelease('Matchday', [{ relationTo: 'explore-tags', value: tag.id }, ...rules.map((rule) => ({ relationTo: 'market-display-rules', value: rule.id }))])

    const before = await feed()
    expect(before.body.tag.label).toBe(tag.label)
    expect(titlesOfKind(before.body).some((title) => title.startsWith(PREFIX))).toBe(false)

    // Poll the feed while the release publishes: every response shows all of it or none of it.
    let publishing = true
    const seen: Awaited<ReturnType<typeof feed>>[] = []
    const poller = (async () => {
      while (publishing) seen.push(await feed())
    })()
    const published = await staff(editor, `/api/releases/${id}/publish`, { method: 'POST' })
    expect(published.status).toBe(200)
    expect(await published.json()).toEqual({ configVersion: before.version + 1, documents: 1 + rules.length })
    await expect.poll(async () => (await feed()).version, { timeout: 10_000 }).toBe(before.version + 1)
    publishing = false
    await poller
    const after = await feed()
    seen.push(after)

    expect(after.body.tag.label).toBe(label)
    expect(titlesOfKind(after.body).length).toBeGreaterThan(0)
    expect(titlesOfKind(after.body).every((title) => title.startsWith(PREFIX))).toBe(true)
    for (const response of seen) {
      const titles = titlesOfKind(response.body)
      const old = response.version === before.version && response.body.tag.label === tag.label && titles.every((title) => !title.startsWith(PREFIX))
      const next = response.version === before.version + 1 && response.body.tag.label === label && titles.every((title) => title.startsWith(PREFIX))
      expect(old || next, `before ${before.version}: ${response.version} ${response.body.tag.label} ${titles[0]}`).toBe(true)
    }

    // Responses not built from a snapshot (a 404 here) name the replica's newest version.
    const missing = await fetch(`${baseUrl}/api/v1/explore/no-such-tag/events`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-config-version')).toBe(String(before.version + 1))

    const versions = (await (await staff(qa, '/api/config-versions?limit=1')).json()) as { versions: { version: number; action: string; releaseId: number; documents: unknown[] }[] }
    expect(versions.versions[0]).toMatchObject({ version: before.version + 1, action: 'release', releaseId: id })
    expect(versions.versions[0]!.documents).toHaveLength(1 + rules.length)

    // Revert: both back, one more version.
    const reverted = await staff(editor, `/api/releases/${id}/revert`, { method: 'POST' })
    expect(reverted.status).toBe(200)
    await expect.poll(async () => (await feed()).version, { timeout: 10_000 }).toBe(before.version + 2)
    const back = await feed()
    expect(back.body.tag.label).toBe(tag.label)
    expect(titlesOfKind(back.body).some((title) => title.startsWith(PREFIX))).toBe(false)

    // Restore the version the release made: its configuration is back, as a new version.
    const restored = await staff(admin, `/api/config-versions/${before.version + 1}/restore`, { method: 'POST' })
    expect(restored.status).toBe(200)
    await expect.poll(async () => (await feed()).body.tag.label, { timeout: 10_000 }).toBe(label)
    expect((await feed()).version).toBe(before.version + 3)
  })

  it('blocks a release with an invalid document with 422 listing its errors, and changes nothing', async () => {
    const [rule] = rules
    expect((await saveDraft(editor, 'market-display-rules', rule!.id, { titleTemplate: '{not_a_placeholder}' })).status).toBe(200)
    const id = await createRelease('Broken', [{ relationTo: 'explore-tags', value: tag.id }, { relationTo: 'market-display-rules', value: rule!.id }])
    const before = await feed()
    const response = await staff(editor, `/api/releases/${id}/publish`, { method: 'POST' })
    expect(response.status).toBe(422)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    const problem = (await response.json()) as { code: string; documents: { collection: string; id: number; errors: { path: string }[] }[] }
    expect(problem.code).toBe('release.invalid_documents')
    expect(problem.documents).toEqual([{ collection: 'market-display-rules', id: rule!.id, errors: [expect.objectContaining({ path: 'titleTemplate' })] }])
    const after = await feed()
    expect(after.version).toBe(before.version)
    expect(after.body).toEqual(before.body)
  })
})
