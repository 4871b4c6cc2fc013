// Names of Object.prototype members in a request (a tag slug, a season, a topic, a query parameter) find nothing:
// a 404 or 400, never Object's own members (which answered 500 before the tables lost their prototype).
import { describe, expect, it } from 'vitest'

import { compileSnapshot } from '@/content/compile'
import { parseQuery } from '@/http/query'
import { busTopics } from '@/live/topics'
import { createScreenLoader } from '@/loaders/screens'
import type { MarketStore } from '@/markets/store'
import { pickSeason } from '@/rewards/seasons'
import { feedQuery } from '@/api/v1/queries'

const PROTOTYPE_NAMES = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf']

const empty = compileSnapshot({ exploreTags: [], sports: [], teams: [], displayRules: [], props: [], tournaments: [], seasons: [], rewardRules: [] }, { draft: false, now: new Date('2026-06-20T12:00:00Z') })

describe('lookups keyed by what a request names', () => {
  it('find nothing in the compiled tables for prototype member names', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(empty.tags[name], name).toBeUndefined()
      expect(empty.sports[name], name).toBeUndefined()
      expect(empty.teams[name], name).toBeUndefined()
      expect(empty.tournaments[name], name).toBeUndefined()
      expect(empty.seasons[name], name).toBeUndefined()
    }
  })

  it('answer not found for a season, tag or live topic named like one', async () => {
    const markets = { eventsForAll: async () => [] } as unknown as MarketStore
    const screens = createScreenLoader({ markets, profiles: async () => [], cursorKey: () => Buffer.alloc(32) })
    for (const name of PROTOTYPE_NAMES.filter((n) => /^[a-z]+$/.test(n.toLowerCase()))) {
      expect(() => pickSeason(empty, name), name).toThrow(expect.objectContaining({ kind: 'NotFound', code: 'rewards.season_not_found' }))
      await expect(screens.feed(empty, name, { limit: 20 }, { platform: null, appVersion: null }), name).rejects.toMatchObject({ kind: 'NotFound', code: 'explore.tag_not_found' })
      expect(() => busTopics([`tag:${name}`], empty), name).toThrow(expect.objectContaining({ kind: 'BadRequest', code: 'live.unknown_tag' }))
    }
  })

  it('treat a query parameter named like one as unknown, not as repeated', () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      expect(() => parseQuery(new URL(`http://x/?${name}=1`), feedQuery), name).toThrow(expect.objectContaining({ code: 'request.unknown_parameter' }))
    }
  })
})
