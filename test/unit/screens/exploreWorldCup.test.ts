// The World Cup's groups in the explore tree: generated from the tournament under the tag that filters by its
// upstream tag, each opening its group page.
import { describe, expect, it } from 'vitest'

import { exploreTree } from '@/screens/explore'
import { exploreTreeSchema, type ExploreNode } from '@/screens/schemas'
import { WORLD_CUP_2026, WORLD_CUP_GROUP_LETTERS } from '@replay/data/catalog'

import { all, any, snapshot, tagTree, worldCupTournament } from './fixtures'

const now = new Date('2026-06-20T12:00:00.000Z')
const client = { platform: 'ios' as const, appVersion: '3.1.0' }
const WC = WORLD_CUP_2026.tagId

const find = (nodes: ExploreNode[], slug: string): ExploreNode | undefined =>
  nodes.map((node) => (node.slug === slug ? node : find(node.children, slug))).find((node) => node !== undefined)

describe('World Cup groups under the World Cup tag', () => {
  const content = snapshot(
    tagTree([
      { slug: 'sports', children: [{ slug: 'nba', filter: all(1) }] },
      { slug: 'world-cup', filter: all(WC), children: [{ slug: 'world-cup-results', filter: all(2), marketStatus: 'settled' }] },
    ]),
  )

  it('appends one node per group after the hand-made children, each naming its group page', () => {
    const tree = exploreTree(content, client, now)
    expect(exploreTreeSchema.parse(tree)).toEqual(tree)
    const worldCup = find(tree.tags, 'world-cup')!
    expect(worldCup.children.map((node) => node.slug)).toEqual(['world-cup-results', ...WORLD_CUP_GROUP_LETTERS.map((letter) => `world-cup-2026-group-${letter.toLowerCase()}`)])
    expect(worldCup.children[1]).toEqual({
      slug: 'world-cup-2026-group-a',
      label: 'Group A',
      icon: null,
      kind: 'world-cup-group',
      group: { letter: 'A', path: '/api/v1/world-cup/groups/A' },
      children: [],
    })
  })

  it('places them once, under the topmost tag naming the tournament tag (not its children, which inherit it)', () => {
    const tree = exploreTree(content, client, now)
    expect(find(tree.tags, 'world-cup-results')!.children).toEqual([])
    expect(find(tree.tags, 'sports')!.children.map((node) => node.kind)).toEqual(['market-tag'])
    // Named inside an OR group, below another tag: still that tag.
    const nested = snapshot(tagTree([{ slug: 'sports', filter: all(1), children: [{ slug: 'soccer', filter: { ...any(3), groups: [{ match: 'any', tagIds: [WC, 4] }] } }] }]))
    const soccer = find(exploreTree(nested, client, now).tags, 'soccer')!
    expect(soccer.children.filter((node) => node.kind === 'world-cup-group')).toHaveLength(WORLD_CUP_GROUP_LETTERS.length)
  })

  it('follows the tournament: its groups, titles and order; none without the tournament or without a matching tag', () => {
    const two = snapshot({
      ...tagTree([{ slug: 'world-cup', filter: all(WC) }]),
      tournaments: { 'world-cup-2026': worldCupTournament({ groups: [worldCupTournament().groups[1]!, { ...worldCupTournament().groups[0]!, pageTitle: 'Group A (hosts)' }] }) },
    })
    expect(find(exploreTree(two, client, now).tags, 'world-cup')!.children.map((node) => [node.label, node.group?.letter])).toEqual([
      ['Group B', 'B'],
      ['Group A (hosts)', 'A'],
    ])
    expect(find(exploreTree(snapshot({ ...tagTree([{ slug: 'world-cup', filter: all(WC) }]), tournaments: {} }), client, now).tags, 'world-cup')!.children).toEqual([])
    expect(find(exploreTree(snapshot(tagTree([{ slug: 'world-cup', filter: all(5) }])), client, now).tags, 'world-cup')!.children).toEqual([])
  })

  it('drops them with the tag when the tag is hidden from the client', () => {
    const gated = snapshot(tagTree([{ slug: 'world-cup', filter: all(WC), visibility: { minAppVersion: '4.0.0' } }]))
    expect(exploreTree(gated, client, now).tags).toEqual([])
  })
})
