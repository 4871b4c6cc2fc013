// Visibility per client (platform, app version, schedule) and the explore tree built from it.
import { describe, expect, it } from 'vitest'

import type { Visibility } from '@/content/types'
import { type Audience, isTagVisible, isVisible, meetsMinVersion } from '@/screens/audience'
import { exploreTree } from '@/screens/explore'
import { exploreTreeSchema, type ExploreNode } from '@/screens/schemas'

import { ALWAYS, snapshot, tagTree } from './fixtures'

const now = new Date('2026-06-20T12:00:00.000Z')
const ios = (appVersion: string | null): Audience => ({ platform: 'ios', appVersion })
const visibility = (fields: Partial<Visibility>): Visibility => ({ ...ALWAYS, ...fields })

describe('isVisible', () => {
  it('shows unrestricted content to everyone, unknown clients included', () => {
    expect(isVisible(ALWAYS, { platform: null, appVersion: null }, now)).toBe(true)
  })

  it('gates on platform; an empty list means every platform', () => {
    const mobile = visibility({ platforms: ['ios', 'android'] })
    expect(isVisible(mobile, ios('1.0.0'), now)).toBe(true)
    expect(isVisible(mobile, { platform: 'web', appVersion: '1.0.0' }, now)).toBe(false)
    expect(isVisible(mobile, { platform: null, appVersion: '1.0.0' }, now)).toBe(false)
  })

  it('gates on app version, both bounds inclusive', () => {
    const range = visibility({ minAppVersion: '3.0.0', maxAppVersion: '3.5.0' })
    expect(isVisible(range, ios('2.9.9'), now)).toBe(false)
    expect(isVisible(range, ios('3.0.0'), now)).toBe(true)
    expect(isVisible(range, ios('3.5.0'), now)).toBe(true)
    expect(isVisible(range, ios('3.5.1'), now)).toBe(false)
    expect(isVisible(range, ios('3.1'), now)).toBe(true)
    // Cannot show a version-gated tag to a client that did not say its version.
    expect(isVisible(range, ios(null), now)).toBe(false)
    expect(isVisible(range, ios('not-a-version'), now)).toBe(false)
  })

  it('ignores an unreadable bound rather than hiding the tag from everyone', () => {
    expect(isVisible(visibility({ minAppVersion: 'soon' }), ios('1.0.0'), now)).toBe(true)
  })

  it('honours the schedule: from inclusive, until exclusive', () => {
    const window = visibility({ visibleFrom: '2026-06-20T12:00:00.000Z', visibleUntil: '2026-06-21T00:00:00.000Z' })
    expect(isVisible(window, ios(null), new Date('2026-06-20T11:59:59.999Z'))).toBe(false)
    expect(isVisible(window, ios(null), now)).toBe(true)
    expect(isVisible(window, ios(null), new Date('2026-06-21T00:00:00.000Z'))).toBe(false)
  })

  it('meetsMinVersion treats an unknown version as below a minimum', () => {
    expect(meetsMinVersion(ios('3.0.0'), '3.0.0')).toBe(true)
    expect(meetsMinVersion(ios('2.9.0'), '3.0.0')).toBe(false)
    expect(meetsMinVersion(ios(null), '3.0.0')).toBe(false)
    expect(meetsMinVersion(ios(null), null)).toBe(true)
  })
})

describe('exploreTree', () => {
  const content = snapshot(
    tagTree([
      { slug: 'sports', order: 20, children: [{ slug: 'nba' }, { slug: 'nfl', visibility: { platforms: ['android'] } }] },
      { slug: 'crypto', order: 10, children: [{ slug: 'bitcoin', children: [{ slug: 'bitcoin-today', timeWindow: { kind: 'today' } }] }] },
      {
        slug: 'world-cup',
        order: 30,
        visibility: { minAppVersion: '3.0.0' },
        children: [{ slug: 'world-cup-results' }],
      },
      { slug: 'launch', order: 40, visibility: { visibleFrom: '2026-07-01T00:00:00.000Z' } },
    ]),
  )
  const slugs = (nodes: ExploreNode[]): unknown[] => nodes.map((node) => (node.children.length ? [node.slug, slugs(node.children)] : node.slug))

  it('orders roots and children and keeps three levels', () => {
    const tree = exploreTree(content, ios('3.1.0'), now)
    expect(exploreTreeSchema.parse(tree)).toEqual(tree)
    expect(slugs(tree.tags)).toEqual([['crypto', [['bitcoin', ['bitcoin-today']]]], ['sports', ['nba']], ['world-cup', ['world-cup-results']]])
  })

  it('removes a gated subtree whole', () => {
    expect(slugs(exploreTree(content, ios('2.0.0'), now).tags)).toEqual([['crypto', [['bitcoin', ['bitcoin-today']]]], ['sports', ['nba']]])
    expect(slugs(exploreTree(content, { platform: 'android', appVersion: '3.0.0' }, now).tags)).toContainEqual(['sports', ['nba', 'nfl']])
    expect(slugs(exploreTree(content, ios('3.1.0'), new Date('2026-07-01T00:00:00.000Z')).tags)).toContain('launch')
  })

  it('isTagVisible checks the ancestors too', () => {
    expect(isTagVisible(content, content.tags['world-cup-results']!, ios('3.0.0'), now)).toBe(true)
    expect(isTagVisible(content, content.tags['world-cup-results']!, ios('2.0.0'), now)).toBe(false)
  })
})
