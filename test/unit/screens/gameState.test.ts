// A game's live state, the one shape feed rows, the event page and World Cup matches share: status, score,
// period named by the sport's CMS vocabulary, the upstream's clock, and whether that clock has gone stale.
import { describe, expect, it } from 'vitest'

import type { CompiledSport } from '@/content/types'
import { buildEventPage } from '@/screens/eventPage'
import { toFeedEvent } from '@/screens/feedEvent'
import { CLOCK_STALE_AFTER_MS, gameState, gameStatus } from '@/screens/gameState'
import { eventPageSchema, feedEventSchema } from '@/screens/schemas'

import { event, type EventInput, leagueTeam, NOW, seedSports, snapshot, sportTags } from './fixtures'

const sports = seedSports()
const nfl = sports.nfl!
const atp = sports.atp!
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString()
const game = (fields: EventInput) => event({ gameId: 1, updatedAt: NOW.toISOString(), ...fields })

describe('game status', () => {
  it('is ended when ended, closed or at a final period code; live when live; else scheduled', () => {
    expect(gameStatus(event({ ended: true }))).toBe('ended')
    expect(gameStatus(event({ closed: true }))).toBe('ended')
    for (const period of ['VFT', 'FT', 'AET', 'FT_PEN']) expect(gameStatus(event({ period, live: true })), period).toBe('ended')
    expect(gameStatus(event({ period: 'Q3', live: true }))).toBe('live')
    expect(gameStatus(event({ period: 'NS' }))).toBe('scheduled')
  })
})

describe('game state', () => {
  it('is null for an event that is not a game', () => {
    expect(gameState(event({ title: 'Bitcoin above 100k?' }), null, NOW)).toBeNull()
    expect(gameState(event({ score: '', period: '', elapsed: '' }), null, NOW)).toBeNull()
  })

  it('shows a scheduled game without score, period or clock, even when the upstream sends 0-0 and NS', () => {
    expect(gameState(game({ period: 'NS', score: '0-0', elapsed: '0' }), nfl, NOW)).toEqual({ status: 'scheduled', score: null, period: null, elapsed: null, clockStale: false })
    expect(gameState(game({ period: 'ns' }), nfl, NOW)?.period).toBeNull()
  })

  it('knows a game by any one game field', () => {
    for (const fields of [{ gameId: 1 }, { period: 'NS' }, { score: '0-0' }, { elapsed: '12' }, { live: true }, { ended: true }] as EventInput[]) {
      expect(gameState(event(fields), nfl, NOW), JSON.stringify(fields)).not.toBeNull()
    }
  })

  it('shows a live game’s score, period named by the sport and clock as the upstream gives them', () => {
    expect(gameState(game({ live: true, period: 'Q3', score: '17-14', elapsed: '08:21' }), nfl, NOW)).toEqual({
      status: 'live',
      score: '17-14',
      period: { code: 'Q3', label: '3rd quarter' },
      elapsed: '08:21',
      clockStale: false,
    })
    expect(gameState(game({ live: true, period: 'S2', score: '1-0' }), atp, NOW)).toMatchObject({ period: { code: 'S2', label: 'Set 2' }, elapsed: null })
    // The same generic code reads by each sport's vocabulary; no sport, no vocabulary.
    expect(gameState(game({ live: true, period: 'P2' }), atp, NOW)?.period?.label).toBe('Set 2')
    expect(gameState(game({ live: true, period: 'P2' }), null, NOW)?.period?.label).toBe('2nd period')
    // An unknown code shows as itself.
    expect(gameState(game({ live: true, period: 'LIVE' }), nfl, NOW)?.period).toEqual({ code: 'LIVE', label: 'LIVE' })
  })

  it('shows an ended game’s final score and how it ended', () => {
    expect(gameState(game({ ended: true, period: 'VFT', score: '24-20' }), nfl, NOW)).toEqual({ status: 'ended', score: '24-20', period: { code: 'VFT', label: 'Final' }, elapsed: null, clockStale: false })
    expect(gameState(game({ ended: true, period: 'FT_PEN', score: '1-1' }), sports.fifwc!, NOW)?.period).toEqual({ code: 'FT_PEN', label: 'After penalties' })
    // Empty strings are no score and no clock; a padded code is read without its padding.
    expect(gameState(game({ ended: true, period: ' 2H ', score: '', elapsed: '' }), sports.fifwc!, NOW)).toMatchObject({ score: null, elapsed: null, period: { code: '2H', label: '2nd half' } })
  })

  it('marks a live clock stale only past the threshold since the upstream last updated the event', () => {
    const live = (updatedAt: string | undefined) => gameState(game({ live: true, period: '2H', elapsed: '67', updatedAt }), sports.epl!, NOW)!.clockStale
    expect(CLOCK_STALE_AFTER_MS).toBe(120_000)
    expect(live(ago(0))).toBe(false)
    expect(live(ago(CLOCK_STALE_AFTER_MS))).toBe(false)
    expect(live(ago(CLOCK_STALE_AFTER_MS + 1))).toBe(true)
    expect(live(ago(60 * 60_000))).toBe(true)
    // A live event the upstream never dated cannot vouch for its clock.
    expect(live(undefined)).toBe(true)
    expect(live('not a date')).toBe(true)
  })

  it('never marks a clock stale that is not running, or when no time was given to judge it by', () => {
    expect(gameState(game({ period: 'NS', updatedAt: ago(86_400_000) }), nfl, NOW)?.clockStale).toBe(false)
    expect(gameState(game({ ended: true, live: true, updatedAt: ago(86_400_000) }), nfl, NOW)?.clockStale).toBe(false)
    expect(gameState(game({ live: true, updatedAt: ago(86_400_000) }), nfl, undefined)?.clockStale).toBe(false)
  })
})

describe('screens carry the game state', () => {
  const content = snapshot()
  const tennis = (fields: EventInput) =>
    game({ title: 'Sinner vs. Alcaraz', tagIds: sportTags('atp'), teams: [leagueTeam('atp', 0, 'home'), leagueTeam('atp', 1, 'away')], ...fields })

  it('on a feed row, dated by the `now` it is given', () => {
    const row = toFeedEvent(tennis({ live: true, period: 'S3', score: '1-1', updatedAt: ago(CLOCK_STALE_AFTER_MS + 1) }), content, undefined, NOW)
    expect(feedEventSchema.parse(row)).toEqual(row)
    expect(row).toMatchObject({ sport: 'atp', live: true, game: { status: 'live', score: '1-1', period: { code: 'S3', label: 'Set 3' }, clockStale: true } })
    expect(toFeedEvent(event({ title: 'Bitcoin above 100k?' }), content).game).toBeNull()
  })

  it('on the event page, beside the fields it already had', () => {
    const view = buildEventPage(tennis({ live: true, period: 'S2', score: '1-0' }), content, { platform: 'ios', appVersion: '3.0.0' }, NOW)
    expect(eventPageSchema.parse(view)).toEqual(view)
    expect(view.event).toMatchObject({ live: true, score: '1-0', period: 'S2', game: { status: 'live', period: { code: 'S2', label: 'Set 2' }, clockStale: false } })
  })

  it('names periods by the vocabulary the CMS publishes for the sport', () => {
    const renamed: CompiledSport = { ...atp, periodVocabulary: 'rounds' }
    const content = snapshot({ sports: { ...sports, atp: renamed } })
    expect(toFeedEvent(tennis({ live: true, period: 'P2' }), content, undefined, NOW).game?.period?.label).toBe('Round 2')
  })
})
