// What a live client's topics become: bus topics (what it hears) and watched items (what the refresher keeps current).
import { describe, expect, it } from 'vitest'

import { busTopics, liveQuery, watchedItems } from '@/live/topics'
import { all, snapshot, tag } from '../screens/fixtures'
import { WORLD_CUP_2026 } from '@replay/data/catalog'

describe('live topics', () => {
  const nba = tag({ slug: 'nba', filter: all(42) })
  const content = snapshot({ tags: { nba } })

  it('parses the topic list, and refuses what is not a topic', () => {
    expect(liveQuery.parse({ topics: 'config, event:lakers-celtics,tag:nba,world-cup' }).topics).toEqual(['config', 'event:lakers-celtics', 'tag:nba', 'world-cup'])
    expect(liveQuery.safeParse({ topics: 'prices' }).success).toBe(false)
    expect(liveQuery.safeParse({ topics: 'event:Not_A_Slug' }).success).toBe(false)
  })

  it('hears an explore tag on its upstream tags and the World Cup on the tournament’s tag', () => {
    expect([...busTopics(['config', 'event:a', 'tag:nba', 'world-cup'], content)]).toEqual(['config', 'event:a', 'tag:42', `tag:${WORLD_CUP_2026.tagId}`])
    expect(() => busTopics(['world-cup'], snapshot({ tournaments: {} }))).toThrow(expect.objectContaining({ code: 'live.unknown_tag' }))
    expect(() => busTopics(['tag:nope'], content)).toThrow(expect.objectContaining({ code: 'live.unknown_tag' }))
  })

  it('watches each event, each tag’s feed and the World Cup; config is not refreshed', () => {
    expect(watchedItems(['config', 'event:a', 'tag:nba', 'world-cup'])).toEqual(['event:a', 'feed:nba', 'world-cup'])
  })
})
