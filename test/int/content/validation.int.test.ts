// Save-time validation of the content model: a bad save fails with the field's message and writes nothing.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, testPayload } from '../../support/payload'

const skipUpstream = { skipUpstreamCheck: true }
const base = { overrideAccess: true, depth: 0, draft: false, context: skipUpstream } as const

describe('content validation', () => {
  let payload: Payload
  const teamIds: number[] = []
  let seasonId: number

  async function expectRejected(work: () => Promise<unknown>, message: RegExp, collection: Parameters<Payload['count']>[0]['collection']) {
    const before = (await payload.count({ collection, overrideAccess: true })).totalDocs
    const error = await work().then(
      () => null,
      (e: unknown) => e as { data?: { errors?: { message: string; path: string }[] }; message: string },
    )
    expect(error, 'the save should have failed').not.toBeNull()
    const messages = [error!.message, ...(error!.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`)].join(' | ')
    expect(messages).toMatch(message)
    expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(before)
  }

  const tag = (slug: string, parent: number | null = null, extra: Record<string, unknown> = {}) =>
    payload.create({ collection: 'explore-tags', ...base, data: { label: slug, slug, parent, kind: 'market-tag', filterTagIds: [1], sort: 'volume', marketStatus: 'open', _status: 'published', ...extra } as never })

  beforeAll(async () => {
    payload = await testPayload()
    for (const collection of ['explore-tags', 'tournaments', 'teams', 'reward-rules', 'reward-seasons', 'props-vocabulary', 'market-display-rules', 'sports'] as const) {
      await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true })
    }
    for (let i = 0; i < 12; i++) {
      const team = await payload.create({ collection: 'teams', ...base, data: { name: `Team ${i}`, upstreamTeamId: 9_000 + i, _status: 'published' } })
      teamIds.push(team.id)
    }
    const season = await payload.create({ collection: 'reward-seasons', ...base, data: { name: 'S', slug: 'validation-season', startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z', _status: 'published' } })
    seasonId = season.id
  })

  afterAll(async () => closePayload(payload))

  describe('explore tag tree', () => {
    it('rejects a cycle', async () => {
      const a = await tag('cycle-a')
      const b = await tag('cycle-b', a.id)
      await expectRejected(() => payload.update({ collection: 'explore-tags', id: a.id, ...base, data: { parent: b.id } }), /parent: .*cycle/i, 'explore-tags')
      const reread = await payload.findByID({ collection: 'explore-tags', id: a.id, depth: 0, overrideAccess: true })
      expect(reread.parent ?? null).toBeNull()
    })

    it('rejects a tag as its own parent', async () => {
      const a = await tag('self-parent')
      await expectRejected(() => payload.update({ collection: 'explore-tags', id: a.id, ...base, data: { parent: a.id } }), /own parent/, 'explore-tags')
    })

    it('allows 3 levels below a root and rejects a 4th, also when a subtree is moved', async () => {
      const root = await tag('depth-root')
      const one = await tag('depth-1', root.id)
      const two = await tag('depth-2', one.id)
      const three = await tag('depth-3', two.id)
      await expectRejected(() => tag('depth-4', three.id), /parent: Too deep/, 'explore-tags')
      const otherRoot = await tag('depth-other-root')
      const child = await tag('depth-other-child', otherRoot.id)
      // Moving a two-level subtree under depth-2 would put its child 4 levels down.
      await expectRejected(() => payload.update({ collection: 'explore-tags', id: otherRoot.id, ...base, data: { parent: two.id } }), /Too deep/, 'explore-tags')
      expect(child.parent).toBe(otherRoot.id)
    })

    it('rejects a duplicate slug and a malformed one', async () => {
      await tag('unique-slug')
      await expectRejected(() => tag('unique-slug'), /slug/i, 'explore-tags')
      await expectRejected(() => tag('Not A Slug'), /slug: Lower-case letters/, 'explore-tags')
    })

    it('requires upstream tag ids on a market tag, as positive whole numbers', async () => {
      await expectRejected(() => tag('no-ids', null, { filterTagIds: [] }), /filterTagIds: A market tag needs at least one upstream tag id/, 'explore-tags')
      await expectRejected(() => tag('bad-ids', null, { filterTagIds: [1.5] }), /positive whole numbers/, 'explore-tags')
    })

    it('requires a valid window on a time-period tag', async () => {
      await expectRejected(() => tag('no-window', null, { kind: 'time-period', filterTagIds: [] }), /timeWindow: A time-period tag needs a time window/, 'explore-tags')
      await expectRejected(
        () => tag('backwards-window', null, { kind: 'time-period', filterTagIds: [], timeWindow: 'custom', windowStart: '2026-07-02T00:00:00Z', windowEnd: '2026-07-01T00:00:00Z' }),
        /start before it ends/,
        'explore-tags',
      )
      const ok = await tag('good-window', null, { kind: 'time-period', filterTagIds: [], timeWindow: 'this-week' })
      expect(ok.timeWindow).toBe('this-week')
    })

    it('rejects invalid app versions and a min above the max', async () => {
      await expectRejected(() => tag('bad-semver', null, { visibility: { minAppVersion: '4.2' } }), /minAppVersion: "4.2" is not a valid app version/, 'explore-tags')
      await expectRejected(() => tag('min-above-max', null, { visibility: { minAppVersion: '5.0.0', maxAppVersion: '4.0.0' } }), /below min app version/, 'explore-tags')
    })
  })

  describe('templates', () => {
    it('names an unknown placeholder in a display rule', async () => {
      await expectRejected(
        () => payload.create({ collection: 'market-display-rules', ...base, data: { name: 'x', marketKind: 'spreads', titleTemplate: '{team} {lne}', section: 'Spreads', sort: 'abs-line', groupBy: 'none', _status: 'published' } }),
        /titleTemplate: Unknown placeholder \{lne\}/,
        'market-display-rules',
      )
    })

    it('names an unknown placeholder in props vocabulary', async () => {
      const sport = await payload.create({ collection: 'sports', ...base, data: { name: 'NBA', slug: 'validation-nba', upstreamTagId: 745, _status: 'published' } })
      await expectRejected(
        () => payload.create({ collection: 'props-vocabulary', ...base, data: { sport: sport.id, stat: 'points', statLabel: 'Points', verb: 'score', unitSingular: 'point', unitPlural: 'points', titleTemplate: '{player} to {verb} {threshhold}+ {unit}', _status: 'published' } }),
        /Unknown placeholder \{threshhold\}/,
        'props-vocabulary',
      )
    })
  })

  describe('World Cup groups', () => {
    const group = (letter: string, teams: number[]) => ({ letter, teams })
    const tournament = (groups: unknown[]) =>
      payload.create({ collection: 'tournaments', ...base, data: { name: 'WC', slug: 'validation-wc', upstreamTagId: 102759, startDate: '2026-06-11T00:00:00Z', endDate: '2026-07-19T00:00:00Z', groups, _status: 'published' } as never })

    it('requires exactly 4 teams per group', async () => {
      await expectRejected(() => tournament([group('A', teamIds.slice(0, 3))]), /groups: Group A has 3 teams/, 'tournaments')
    })
    it('rejects a team in two groups', async () => {
      await expectRejected(() => tournament([group('A', teamIds.slice(0, 4)), group('B', [teamIds[3]!, ...teamIds.slice(4, 7)])]), /one group only/, 'tournaments')
    })
    it('rejects a letter used twice', async () => {
      await expectRejected(() => tournament([group('A', teamIds.slice(0, 4)), group('A', teamIds.slice(4, 8))]), /Group A appears twice/, 'tournaments')
    })
    it('accepts distinct groups of 4', async () => {
      const saved = await tournament([group('A', teamIds.slice(0, 4)), group('B', teamIds.slice(4, 8)), group('C', teamIds.slice(8, 12))])
      expect(saved.groups).toHaveLength(3)
    })
  })

  describe('reward rules', () => {
    const rule = (data: Record<string, unknown>) =>
      payload.create({ collection: 'reward-rules', ...base, data: { name: 'r', season: seasonId, activityType: 'trade', basePoints: '1', pointsPerUnit: '0.5', _status: 'published', ...data } as never })

    it('rejects amounts that are not exact decimal strings', async () => {
      await expectRejected(() => rule({ basePoints: 0.5 }), /basePoints: Enter the number as text/, 'reward-rules')
      await expectRejected(() => rule({ pointsPerUnit: '1e-3' }), /pointsPerUnit: "1e-3" is not an exact decimal/, 'reward-rules')
      await expectRejected(() => rule({ basePoints: '-1' }), /at least 0/, 'reward-rules')
    })

    it('rejects overlapping multiplier windows', async () => {
      await expectRejected(
        () =>
          rule({
            multiplierWindows: [
              { startsAt: '2026-07-01T00:00:00Z', endsAt: '2026-07-03T00:00:00Z', multiplier: '2' },
              { startsAt: '2026-07-02T00:00:00Z', endsAt: '2026-07-04T00:00:00Z', multiplier: '3' },
            ],
          }),
        /multiplierWindows: Multiplier windows 1 and 2 overlap/,
        'reward-rules',
      )
    })

    it('rejects two rules in force at once for one activity type and season', async () => {
      await rule({ name: 'first', activityType: 'deposit', effectiveFrom: '2026-01-01T00:00:00Z', effectiveUntil: '2026-06-01T00:00:00Z' })
      await expectRejected(() => rule({ name: 'second', activityType: 'deposit', effectiveFrom: '2026-05-01T00:00:00Z' }), /effectiveUntil: Overlaps rule "first"/, 'reward-rules')
      const later = await rule({ name: 'third', activityType: 'deposit', effectiveFrom: '2026-06-01T00:00:00Z' })
      expect(later.name).toBe('third')
    })

    it('stores decimals exactly: 0.1 + 0.2 reads back as 0.3', async () => {
      const Decimal = (await import('decimal.js')).default
      const saved = await rule({ name: 'exact', activityType: 'referral', basePoints: '0.1', pointsPerUnit: '0.2' })
      const reread = await payload.findByID({ collection: 'reward-rules', id: saved.id, depth: 0, overrideAccess: true })
      expect(reread.basePoints).toBe('0.1')
      expect(new Decimal(reread.basePoints).plus(reread.pointsPerUnit).toString()).toBe('0.3')
      expect(0.1 + 0.2).not.toBe(0.3)
    })
  })
})
