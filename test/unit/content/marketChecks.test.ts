import { describe, expect, it } from 'vitest'

import { checkAgainstMarketData } from '@/content/marketChecks'
import { notFound, rateLimited, upstreamUnavailable } from '@/errors'
import type { GammaEvent } from '@/markets/gamma/types'

const event = (slug: string, closed: boolean) => ({ slug, closed }) as GammaEvent

function markets(options: { tags?: number[]; events?: Record<string, boolean>; down?: 'tags' | 'events' | 'rate' } = {}) {
  const asked = { tags: 0, events: [] as string[] }
  return {
    asked,
    tagIds: async () => {
      asked.tags++
      if (options.down === 'tags') throw upstreamUnavailable('upstream.unavailable')
      return new Set(options.tags ?? [1, 2, 3])
    },
    eventBySlug: async (slug: string) => {
      asked.events.push(slug)
      if (options.down === 'events') throw upstreamUnavailable('upstream.unavailable')
      if (options.down === 'rate') throw rateLimited('upstream.rate_limited')
      const closed = options.events?.[slug]
      if (closed === undefined) throw notFound('upstream.not_found')
      return event(slug, closed)
    },
  }
}

describe('checkAgainstMarketData', () => {
  it('passes known ids and open pinned events', async () => {
    expect(await checkAgainstMarketData(() => markets({ events: { open: false } }), { filterTagIds: [1, 2], pinnedEvents: ['open'] }, null)).toEqual({ problems: [], warning: null })
  })

  it('names each field with unknown ids, groups by index', async () => {
    const { problems } = await checkAgainstMarketData(() => markets(), { filterTagIds: [1, 8, 9], filterGroups: [{ tagIds: [2] }, { tagIds: [7] }] }, null)
    expect(problems).toEqual([
      { path: 'filterTagIds', label: 'Upstream tag ids', message: 'Unknown upstream tag ids: 8, 9.' },
      { path: 'filterGroups.1.tagIds', label: 'Tag group 2: upstream tag ids', message: 'Unknown upstream tag id: 7.' },
    ])
  })

  it('refuses missing and settled pinned events in one message on the field', async () => {
    const { problems } = await checkAgainstMarketData(() => markets({ events: { done: true, open: false } }), { pinnedEvents: ['open', 'gone', 'done'] }, null)
    expect(problems).toEqual([{ path: 'pinnedEvents', label: 'Pinned events', message: 'Pinned events: no upstream event "gone". "done" has settled.' }])
  })

  it('checks only what the publish adds to the published version', async () => {
    const store = markets({ tags: [1], events: { fresh: false } })
    const published = { filterTagIds: [5], filterGroups: [{ tagIds: [6] }], pinnedEvents: ['old'] }
    // 5 and 6 were published before (even if moved between fields), "old" too: only "fresh" is looked up.
    expect(await checkAgainstMarketData(() => store, { filterTagIds: [6], filterGroups: [{ tagIds: [5] }], pinnedEvents: ['old', 'fresh'] }, published)).toEqual({ problems: [], warning: null })
    expect(store.asked).toEqual({ tags: 0, events: ['fresh'] })
  })

  it('never asks for market data when nothing is new', async () => {
    const doc = { filterTagIds: [4], pinnedEvents: ['x'] }
    const noStore = () => {
      throw new Error('no market data here')
    }
    expect(await checkAgainstMarketData(noStore, doc, doc)).toEqual({ problems: [], warning: null })
  })

  it('turns an unreachable upstream into a warning, still refusing what it could check', async () => {
    expect(await checkAgainstMarketData(() => markets({ down: 'tags', events: { open: false } }), { filterTagIds: [9], pinnedEvents: ['open'] }, null)).toEqual({
      problems: [],
      warning: 'Market data was unreachable, so the upstream tag ids were published unchecked.',
    })
    expect(await checkAgainstMarketData(() => markets({ down: 'rate' }), { filterTagIds: [9], pinnedEvents: ['a'] }, null)).toEqual({
      problems: [{ path: 'filterTagIds', label: 'Upstream tag ids', message: 'Unknown upstream tag id: 9.' }],
      warning: 'Market data was unreachable, so the pinned events were published unchecked.',
    })
  })

  it('lets other failures through', async () => {
    const broken = { tagIds: async () => Promise.reject(new Error('bug')), eventBySlug: async () => event('x', false) }
    await expect(checkAgainstMarketData(() => broken, { filterTagIds: [1] }, null)).rejects.toThrow('bug')
  })
})
