// The CMS documents (depth 0) compiled into the snapshot the screens read: the tag tree with inherited filters and
// windows, lookup tables, display rules, vocabulary, tournaments and reward rules with their defaults.
import { describe, expect, it } from 'vitest'

import { type ContentDocuments, compileSnapshot } from '@/content/compile'

const now = new Date('2026-06-20T12:00:00.000Z')
const none: ContentDocuments = { exploreTags: [], sports: [], teams: [], displayRules: [], props: [], tournaments: [], seasons: [], rewardRules: [] }
const compile = (documents: Partial<Record<keyof ContentDocuments, unknown[]>>, draft = false) => compileSnapshot({ ...none, ...documents } as ContentDocuments, { draft, now })

const tag = (id: number, slug: string, fields: Record<string, unknown> = {}) => ({ id, slug, label: slug.toUpperCase(), kind: 'market-tag', sort: 'volume', marketStatus: 'open', ...fields })

// Built inside each test (not at collection): mutation testing attributes a mutant to the tests that run it.
describe('the explore tree', () => {
  const tree = () => compile({
    exploreTags: [
      tag(3, 'nba', { parent: 1, order: 2, filterTagIds: [745] }),
      tag(1, 'sports', { order: 1, filterTagIds: [1] }),
      tag(2, 'nfl', { parent: { id: 1 }, order: 1, filterMatch: 'any', filterGroups: [{ match: 'any', tagIds: [450, 451] }, { match: 'all', tagIds: [] }] }),
      tag(4, 'nba-standalone', { parent: 3, inheritParentFilter: false, filterTagIds: [9] }),
      tag(5, 'crypto', { order: 2 }),
      tag(6, 'alpha', { order: 2 }),
      tag(7, 'today', { parent: 5, kind: 'time-period', timeWindow: 'today' }),
      tag(8, 'today-child', { parent: 7 }),
      tag(9, 'custom-bad', { kind: 'time-period', timeWindow: 'custom', windowStart: '2026-06-01T00:00:00Z' }),
      tag(10, 'custom', { kind: 'time-period', timeWindow: 'custom', windowStart: '2026-06-01T00:00:00Z', windowEnd: '2026-06-30T00:00:00Z' }),
      tag(11, 'loop-a', { parent: 12 }),
      tag(12, 'loop-b', { parent: 11 }),
    ],
  })

  it('roots in order, then label; children in order under their parent, with depth and ancestors', () => {
    const snapshot = tree()
    // Order (unset is 0), then label; of the cycle, the one compiled second is cut loose as a root.
    expect(snapshot.rootSlugs).toEqual(['custom', 'custom-bad', 'loop-b', 'sports', 'alpha', 'crypto'])
    expect(snapshot.tags.sports!.childSlugs).toEqual(['nfl', 'nba'])
    expect(snapshot.tags.nba).toMatchObject({ parentSlug: 'sports', depth: 1, ancestorSlugs: ['sports'], order: 2, label: 'NBA', icon: null })
    expect(snapshot.tags['nba-standalone']).toMatchObject({ depth: 2, ancestorSlugs: ['sports', 'nba'] })
  })

  it('inherits the ancestors’ filters unless told not to; empty groups are dropped', () => {
    const snapshot = tree()
    expect(snapshot.tags.sports!.filters).toEqual([{ match: 'all', tagIds: [1], groups: [] }])
    expect(snapshot.tags.nba!.filters).toEqual([{ match: 'all', tagIds: [1], groups: [] }, { match: 'all', tagIds: [745], groups: [] }])
    expect(snapshot.tags.nfl!.filters).toEqual([{ match: 'all', tagIds: [1], groups: [] }, { match: 'any', tagIds: [], groups: [{ match: 'any', tagIds: [450, 451] }] }])
    expect(snapshot.tags['nba-standalone']!.filters).toEqual([{ match: 'all', tagIds: [9], groups: [] }])
    expect(snapshot.tags.crypto!.filters).toEqual([])
  })

  it('gives time-period tags their window, inherited by children; a custom window without both ends is none', () => {
    const snapshot = tree()
    expect(snapshot.tags.today!.timeWindow).toEqual({ kind: 'today' })
    expect(snapshot.tags['today-child']!.timeWindow).toEqual({ kind: 'today' })
    expect(snapshot.tags['custom-bad']!.timeWindow).toBeNull()
    expect(snapshot.tags.custom!.timeWindow).toEqual({ kind: 'custom', start: '2026-06-01T00:00:00Z', end: '2026-06-30T00:00:00Z' })
    expect(snapshot.tags.crypto!.timeWindow).toBeNull()
  })

  it('cuts a parent cycle in stored data instead of looping', () => {
    const snapshot = tree()
    const loop = [snapshot.tags['loop-a']!, snapshot.tags['loop-b']!]
    expect(loop.filter((entry) => entry.parentSlug === null)).toHaveLength(1)
    expect(loop.map((entry) => entry.depth).sort()).toEqual([0, 1])
  })

  it('carries visibility, pins and hides with their defaults', () => {
    const snapshot = tree()
    expect(snapshot.tags.crypto).toMatchObject({ pinned: [], hidden: [], visibility: { platforms: [], minAppVersion: null, maxAppVersion: null, visibleFrom: null, visibleUntil: null } })
    const pinned = compile({ exploreTags: [tag(1, 'x', { pinnedEvents: ['a'], hiddenEvents: ['b'], icon: 'ball', visibility: { platforms: ['ios'], minAppVersion: '4.0.0', visibleFrom: '2026-06-01T00:00:00Z', visibleUntil: '2026-07-01T00:00:00Z' } })] })
    expect(pinned.tags.x).toMatchObject({ pinned: ['a'], hidden: ['b'], icon: 'ball', visibility: { platforms: ['ios'], minAppVersion: '4.0.0', maxAppVersion: null, visibleFrom: '2026-06-01T00:00:00Z', visibleUntil: '2026-07-01T00:00:00Z' } })
  })
})

describe('the other tables', () => {
  const tables = () => compile(
    {
      sports: [{ id: 1, slug: 'nba', name: 'NBA', upstreamTagId: 745, marketTypeOrder: ['moneyline'], periodVocabulary: { q1: '1st quarter' } }, { id: 2, slug: 'epl', name: 'EPL', upstreamTagId: 82 }],
      teams: [
        { id: 10, upstreamTeamId: 100, name: 'Boston Celtics', shortName: 'Celtics', abbreviation: 'BOS', colour: '#007A33', sport: 1 },
        { id: 11, upstreamTeamId: 101, name: 'Argentina', sport: { id: 2 } },
        { id: 12, upstreamTeamId: 102, name: 'Nobody', sport: 99 },
      ],
      displayRules: [{ sport: 1, marketKind: 'spreads', titleTemplate: '{team} {line}', section: 'Spreads', sort: 'abs-line', groupBy: 'none' }],
      props: [
        { sport: 1, stat: 'points', statLabel: 'Points', verb: 'score', unitSingular: 'point', unitPlural: 'points' },
        { sport: null, stat: 'orphan', statLabel: 'Orphan', verb: 'x', unitSingular: 'x', unitPlural: 'xs' },
      ],
      tournaments: [
        {
          slug: 'world-cup-2026', name: 'World Cup 2026', upstreamTagId: 1, startDate: '2026-06-11', endDate: '2026-07-19',
          groups: [{ letter: 'J', teams: [11, 999] }, { letter: 'A', pageSlug: 'group-a-custom', pageTitle: 'Group A: hosts', intro: 'Hi', teams: [{ id: 11 }] }],
          searchAliases: [{ alias: 'La Albiceleste', team: 11 }, { alias: 'Ghost', team: 999 }],
        },
      ],
      seasons: [{ id: 1, slug: 'season-1', name: 'Season 1', startsAt: '2026-06-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z' }],
      rewardRules: [
        { id: 1, name: 'Trades', season: 1, activityType: 'trade', basePoints: '1', pointsPerUnit: '0.1', updatedAt: '2026-06-02T00:00:00Z', multiplierWindows: [{ startsAt: 'a', endsAt: 'b', multiplier: '2' }] },
        { id: 2, name: 'Orphan', season: 42, activityType: 'trade', basePoints: '1', pointsPerUnit: '0', updatedAt: 'x' },
      ],
    },
    true,
  )

  it('records how and when it was built', () => {
    const snapshot = tables()
    expect(snapshot).toMatchObject({ draft: true, builtAt: '2026-06-20T12:00:00.000Z' })
  })

  it('keys sports by slug and teams by upstream id, with the sport resolved and nulls for the unset', () => {
    const snapshot = tables()
    expect(snapshot.sports.nba).toMatchObject({ id: 1, upstreamTagId: 745, marketTypeOrder: ['moneyline'], periodVocabulary: { q1: '1st quarter' }, upstreamSeriesId: null, icon: null })
    expect(snapshot.sports.epl).toMatchObject({ marketTypeOrder: [], periodVocabulary: null, upstreamSportCode: null })
    expect(snapshot.teams['100']).toEqual({ id: 10, upstreamTeamId: 100, name: 'Boston Celtics', shortName: 'Celtics', abbreviation: 'BOS', colour: '#007A33', logoUrl: null, sportSlug: 'nba' })
    expect(snapshot.teams['101']).toMatchObject({ sportSlug: 'epl', shortName: null, abbreviation: null, colour: null })
    expect(snapshot.teams['102']!.sportSlug).toBeNull()
  })

  it('gives display rules their sport slug and defaults, and drops vocabulary without a sport', () => {
    const snapshot = tables()
    expect(snapshot.displayRules).toEqual([{ sportSlug: 'nba', marketKind: 'spreads', upstreamTypes: [], titleTemplate: '{team} {line}', subtitleTemplate: null, section: 'Spreads', sectionOrder: 0, sort: 'abs-line', groupBy: 'none' }])
    expect(snapshot.props).toEqual([{ sportSlug: 'nba', stat: 'points', statLabel: 'Points', verb: 'score', unitSingular: 'point', unitPlural: 'points', titleTemplate: null }])
  })

  it('sorts tournament groups by letter with default page slugs and titles, and resolves teams and aliases to upstream ids', () => {
    const snapshot = tables()
    const cup = snapshot.tournaments['world-cup-2026']!
    expect(cup.groups).toEqual([
      { letter: 'A', pageSlug: 'group-a-custom', pageTitle: 'Group A: hosts', intro: 'Hi', teamIds: [101] },
      { letter: 'J', pageSlug: 'group-j', pageTitle: 'Group J', intro: null, teamIds: [101] },
    ])
    expect(cup.aliases).toEqual([{ alias: 'la albiceleste', teamId: 101 }])
    expect(cup).toMatchObject({ minAppVersion: null, legacyLayout: 'flat-list', startDate: '2026-06-11' })
  })

  it('keeps reward rules of known seasons only, with their windows and version', () => {
    const snapshot = tables()
    expect(snapshot.seasons['season-1']).toEqual({ id: 1, slug: 'season-1', name: 'Season 1', startsAt: '2026-06-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z' })
    expect(snapshot.rewardRules).toEqual([
      { id: 1, name: 'Trades', seasonSlug: 'season-1', activityType: 'trade', basePoints: '1', pointsPerUnit: '0.1', dailyCap: null, effectiveFrom: null, effectiveUntil: null, multiplierWindows: [{ startsAt: 'a', endsAt: 'b', multiplier: '2' }], version: '2026-06-02T00:00:00Z' },
    ])
  })
})
