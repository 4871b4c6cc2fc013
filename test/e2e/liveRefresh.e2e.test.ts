// Live odds that move on their own: clients on two replicas watch an event; the upstream's prices change with no
// other request to the app; every client receives a `market.changed` carrying the new prices within the cadence plus
// a second, the event page read right after shows them on both replicas, and the upstream saw one refresh per cadence
// (not one per replica). Once nobody watches, the refreshing stops within a lease period.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startBundledReplay } from '../../replay/bundled'
import { WORLD_CUP_2026 } from '../../replay/data/catalog'
import type { FullReplayServer } from '../../replay/types'
import { liveFrameSchema } from '../../src/live/events'
import { type RunningApp, startApp } from '../support/app'
import { type LiveStream, openLiveStream } from '../support/liveStream'
import { sleep, until } from '../support/wait'

const CADENCE_MS = 1_500
const LEASE_MS = 2_000

describe('live refresh across two replicas', () => {
  let replay: FullReplayServer
  let apps: RunningApp[]

  beforeAll(async () => {
    replay = await startBundledReplay({ latencyMs: 0 })
    // Both replicas share Redis (one prefix) and the upstream, and refresh open events at CADENCE_MS.
    const env = {
      ...inject('appEnv'),
      GAMMA_URL: replay.url,
      REDIS_KEY_PREFIX: `pb:liverefresh:${Date.now()}:`,
      LIVE_REFRESH_OPEN_MS: String(CADENCE_MS),
      LIVE_REFRESH_LIVE_MS: String(CADENCE_MS),
      LIVE_WATCH_LEASE_MS: String(LEASE_MS),
    }
    apps = await Promise.all([startApp(env), startApp(env)])
  })

  afterAll(async () => {
    await Promise.all((apps ?? []).map((app) => app.stop()))
    await replay?.stop()
  })

  it('refreshes a watched event once per cadence, tells every client the new prices, and stops when nobody watches', async () => {
    const events = (await (await fetch(`${replay.url}/events/keyset?closed=false&limit=20`)).json()) as { events: Array<{ slug: string; markets: Array<{ id: string; outcomes: string }> }> }
    const event = events.events.find((candidate) => candidate.markets.length > 0 && JSON.parse(candidate.markets[0]!.outcomes).length === 2)!
    const market = event.markets[0]!
    const bySlug = `/events/slug/${event.slug}`
    const calls = async () => ((await (await fetch(`${replay.url}/__replay/counters`)).json()) as { calls: Record<string, number> }).calls[bySlug] ?? 0

    const clients: LiveStream[] = []
    for (const app of apps) for (let i = 0; i < 2; i++) clients.push(await openLiveStream(`${app.url}/api/v1/live?topics=event:${event.slug}`))
    const received = clients.map((client) => client.until('market.changed'))
    // The first refresh records the event's state (a first sighting is not a change).
    await until(async () => (await calls()) >= 1, CADENCE_MS * 3, 'the first refresh')

    // Over four cadences, both replicas watching: about one upstream read per cadence, not one per replica.
    await fetch(`${replay.url}/__replay/counters`, { method: 'DELETE' })
    await sleep(CADENCE_MS * 4)
    const refreshes = await calls()
    expect(refreshes).toBeGreaterThanOrEqual(3)
    expect(refreshes).toBeLessThanOrEqual(5)

    const prices = ['0.123', '0.877']
    const changed = Date.now()
    const set = await fetch(`${replay.url}/__replay/markets/${market.id}/prices`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prices }) })
    expect(set.status).toBe(200)
    const arrivals = await Promise.all(received)
    const latencies = arrivals.map((at) => at - changed)
    console.log(`upstream change → market.changed on 4 clients over 2 replicas: ${latencies.join(', ')} ms (cadence ${CADENCE_MS} ms)`)
    expect(Math.max(...latencies)).toBeLessThanOrEqual(CADENCE_MS + 1_000)

    for (const client of clients) {
      const frames = client.frames().filter((frame) => frame.event === 'market.changed').map((frame) => liveFrameSchema.parse(frame))
      expect(frames).toHaveLength(1)
      const data = frames[0]!.data as { topic: string; seq: number; data: { slug: string; markets: Array<{ id: string; prices: string[] }> } }
      expect(data.topic).toBe(`event:${event.slug}`)
      expect(data.data.slug).toBe(event.slug)
      expect(data.data.markets.find((changedMarket) => changedMarket.id === market.id)?.prices).toEqual(prices)
    }
    // The responses and in-process copies built from the old prices were dropped on both replicas.
    for (const app of apps) {
      const page = await (await fetch(`${app.url}/api/v1/events/${event.slug}`)).text()
      expect(page).toContain('"price":"0.123"')
    }

    for (const client of clients) client.close()
    await sleep(LEASE_MS + CADENCE_MS)
    await fetch(`${replay.url}/__replay/counters`, { method: 'DELETE' })
    await sleep(CADENCE_MS * 2)
    expect(await calls(), 'nobody watches: no refresh').toBe(0)
  })

  it('keeps the World Cup current for its watchers: a match’s price change reaches a world-cup client', async () => {
    const { events } = (await (await fetch(`${replay.url}/events/keyset?closed=false&tag_id=${WORLD_CUP_2026.tagId}&limit=5`)).json()) as { events: Array<{ slug: string; markets: Array<{ id: string; outcomes: string }> }> }
    const match = events.find((candidate) => candidate.markets.some((market) => JSON.parse(market.outcomes).length === 2))!
    const market = match.markets.find((candidate) => JSON.parse(candidate.outcomes).length === 2)!
    const client = await openLiveStream(`${apps[1]!.url}/api/v1/live?topics=world-cup`)
    const received = client.until('market.changed')
    // The first refresh of the tournament's open matches records their state.
    await sleep(CADENCE_MS * 2)
    const changed = Date.now()
    await fetch(`${replay.url}/__replay/markets/${market.id}/prices`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prices: ['0.321', '0.679'] }) })
    expect((await received) - changed).toBeLessThanOrEqual(CADENCE_MS + 1_000)
    const frame = liveFrameSchema.parse(client.frames().find((one) => one.event === 'market.changed'))
    expect(frame.data).toMatchObject({ topic: `tag:${WORLD_CUP_2026.tagId}`, data: { slug: match.slug, markets: [{ id: market.id, prices: ['0.321', '0.679'] }] } })
    client.close()
  })
})
