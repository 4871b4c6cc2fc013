// The front's copy of the worker's response cache: what the worker stores, drops and clears reaches the copy in
// order, with the audience rules its keys were signed with; what the front counted reaches the worker's metrics.
import { describe, expect, it } from 'vitest'

import { cacheMirror, workerNodeFlags } from '@/edge/front'
import { FrontLink } from '@/edge/frontLink'
import type { FrontMessage, WorkerMessage } from '@/edge/frontProtocol'
import { cachedJson } from '@/http/cachedJson'
import { type AudienceRuleSet, ResponseCache } from '@/http/responseCache'
import { RequestDurations } from '@/metrics/http'

const FRESH = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 30 }

/** A worker cache linked to a front's mirror through an in-memory channel (structured clone, as the IPC channel does). */
function linked(rules: { current: AudienceRuleSet }) {
  const mirror = cacheMirror()
  const sent: WorkerMessage[] = []
  let toWorker: (message: FrontMessage) => void = () => undefined
  const durations = new RequestDurations()
  const link: FrontLink = new FrontLink(
    {
      send: (message) => {
        sent.push(message)
        const reply = mirror.apply(structuredClone(message))
        if (reply) queueMicrotask(() => toWorker(structuredClone(reply)))
      },
      onMessage: (listener) => (toWorker = listener),
    },
    { rules: () => rules.current, counters: () => worker.counters, durations: () => durations },
  )
  const worker = new ResponseCache(Date.now, { audience: { latest: () => rules.current, current: async () => rules.current }, listener: link })
  return { mirror, worker, link, sent, durations }
}

const build = (view: unknown, events?: string[], configVersion = 1) => async () => ({ view, stale: false, configVersion, ...(events ? { events: new Set(events) } : {}) })

describe('the front’s copy of the response cache', () => {
  it('holds what the worker stored, under the same key and rules, and drops and clears with it', async () => {
    const rules = { current: { version: 1, rules: [] } as AudienceRuleSet }
    const { mirror, worker, sent } = linked(rules)
    const lakers = new Request('http://app/api/v1/events/lakers')
    await cachedJson(worker, lakers, FRESH, build({ slug: 'lakers' }, ['lakers']))
    await cachedJson(worker, new Request('http://app/api/v1/explore'), FRESH, build({ tags: [] }))
    // The rules go once, before the first entry signed with them.
    expect(sent.map((message) => message.type)).toEqual(['rules', 'stored', 'stored'])
    const key = (sent[1] as Extract<WorkerMessage, { type: 'stored' }>).key
    expect(mirror.cache.audience.latest()).toEqual(rules.current)
    expect(mirror.cache.peek(key)?.body.toString()).toBe('{"slug":"lakers"}')
    expect(Buffer.isBuffer(mirror.cache.peek(key)?.body)).toBe(true)
    expect(mirror.cache.size).toBe(2)

    worker.dropEvents(new Set(['lakers']))
    expect(mirror.cache.peek(key)).toBeUndefined()
    expect(mirror.cache.size).toBe(1)
    worker.clear()
    expect(mirror.cache.size).toBe(0)

    // (Not the lakers page again: a build starting in the millisecond of its event's drop is served but not kept.)
    rules.current = { version: 2, rules: [] }
    await cachedJson(worker, new Request('http://app/api/v1/explore'), FRESH, build({ tags: [] }, undefined, 2))
    expect(mirror.cache.audience.latest()?.version).toBe(2)
  })

  it('hands the front’s counters and durations to the worker when it flushes, each observation once', async () => {
    const { mirror, worker, link, durations } = linked({ current: { version: 1, rules: [] } })
    mirror.cache.counters.fastPathHits += 3
    mirror.cache.counters.hits += 3
    mirror.durations.observe('/api/v1/explore', 'GET', '2xx', 0.0002)
    await link.flush()
    expect(worker.counters).toMatchObject({ fastPathHits: 3, hits: 3 })
    await link.flush()
    expect(worker.counters).toMatchObject({ fastPathHits: 3, hits: 3 })
    expect(durations.drain()).toMatchObject([{ labels: { route: '/api/v1/explore' }, count: 1 }])
  })
})

describe('the worker’s node flags', () => {
  it('are the front’s with the heap limit set, replacing a limit the front was given in either form', () => {
    expect(workerNodeFlags(['--max-semi-space-size=32', '--enable-source-maps'], 768)).toEqual(['--max-semi-space-size=32', '--enable-source-maps', '--max-old-space-size=768'])
    expect(workerNodeFlags(['--max-old-space-size=4096', '--enable-source-maps'], 512)).toEqual(['--enable-source-maps', '--max-old-space-size=512'])
    expect(workerNodeFlags(['--max_old_space_size', '4096', '--cpu-prof'], 512)).toEqual(['--cpu-prof', '--max-old-space-size=512'])
  })
})
