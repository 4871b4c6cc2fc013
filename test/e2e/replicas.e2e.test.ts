// Two app replicas sharing Postgres, Redis and the upstream: one upstream call for a stampede across both, and a
// publish on one visible on the other within a second.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { REPLAY_TAGS } from '../../replay/data/catalog'
import { liveFrameSchema } from '../../src/live/events'
import { type RunningApp, startApp } from '../support/app'
import { openLiveStream } from '../support/liveStream'
import { staffToken } from '../support/staffToken'

const baseUrl = inject('baseUrl')
const replayUrl = inject('replayUrl')

describe('two replicas', () => {
  it('reject live topics they do not know', async () => {
    expect((await fetch(`${baseUrl}/api/v1/live?topics=prices`)).status).toBe(400)
    expect((await fetch(`${baseUrl}/api/v1/live?topics=tag:no-such-tag`)).status).toBe(400)
    // A made-up event would otherwise be watched, and refreshed from the upstream at every cadence.
    const unknown = await fetch(`${baseUrl}/api/v1/live?topics=event:no-such-event-${Date.now()}`)
    expect(unknown.status).toBe(400)
    expect(((await unknown.json()) as { code: string }).code).toBe('live.unknown_event')
  })

  let second: RunningApp

  beforeAll(async () => {
    second = await startApp(inject('appEnv'))
  })
  afterAll(async () => second.stop())

  it('make one upstream call for 200 concurrent cold requests across both', async () => {
    const events = (await (await fetch(`${replayUrl}/events?tag_id=${REPLAY_TAGS.ufc.id}&closed=false&limit=5`)).json()) as { slug: string }[]
    const slug = events[0]!.slug
    await fetch(`${replayUrl}/__replay/counters`, { method: 'DELETE' })
    const requests = Array.from({ length: 200 }, (_, i) => fetch(`${i % 2 ? second.url : baseUrl}/api/v1/events/${slug}`))
    const responses = await Promise.all(requests)
    expect(responses.every((response) => response.status === 200)).toBe(true)
    const bodies = new Set(await Promise.all(responses.map((response) => response.text())))
    expect(bodies.size).toBe(1)
    const counters = (await (await fetch(`${replayUrl}/__replay/counters`)).json()) as { calls: Record<string, number> }
    expect(counters.calls[`/events/slug/${slug}`]).toBe(1)
  })

  it('show a publish made on one replica on the other within a second', async () => {
    const token = await staffToken(baseUrl, inject('admin'))
    const { docs } = (await (await fetch(`${baseUrl}/api/explore-tags?where[slug][equals]=finance&depth=0`)).json()) as { docs: { id: number }[] }
    const label = `Finance ${Date.now()}`
    const before = (await (await fetch(`${second.url}/api/v1/explore`)).json()) as { tags: { slug: string; label: string }[] }
    expect(before.tags.find((tag) => tag.slug === 'finance')?.label).not.toBe(label)

    // A live client of the other replica is told about the publish, once.
    const live = await openLiveStream(`${second.url}/api/v1/live?topics=config`)
    expect(live.response.headers.get('content-type')).toContain('text/event-stream')
    const announced = live.until('config.published')

    const published = Date.now()
    const update = await fetch(`${baseUrl}/api/explore-tags/${docs[0]!.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ label, _status: 'published' }),
    })
    expect(update.status).toBe(200)
    let seenAfter = Number.POSITIVE_INFINITY
    while (Date.now() - published < 5_000) {
      const tree = (await (await fetch(`${second.url}/api/v1/explore`)).json()) as { tags: { slug: string; label: string }[] }
      if (tree.tags.find((tag) => tag.slug === 'finance')?.label === label) {
        seenAfter = Date.now() - published
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const liveAfter = (await announced) - published
    await new Promise((resolve) => setTimeout(resolve, 300))
    live.close()
    console.log(`publish → visible on the other replica: ${seenAfter} ms; announced over SSE after ${liveAfter} ms`)
    expect(seenAfter).toBeLessThan(1_000)
    expect(liveAfter).toBeLessThan(1_000)
    expect(live.text().match(/event: config\.published/g)).toHaveLength(1)
    // Each frame is what the contract's LiveFrame says.
    const frames = live.frames()
    expect(frames.length).toBeGreaterThan(0)
    for (const frame of frames) liveFrameSchema.parse(frame)
    expect(frames.find((frame) => frame.event === 'config.published')).toMatchObject({ data: { topic: 'config', data: { collection: 'explore-tags', id: docs[0]!.id } } })
  })
})
