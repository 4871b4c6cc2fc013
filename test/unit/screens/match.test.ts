// A tournament match: status from the upstream's flags and period codes, the score per side, the table result.
import { describe, expect, it } from 'vitest'

import { matchResult, matchStatus, parseScore, worldCupMatch } from '@/screens/match'

import { event, NOW, snapshot, team } from './fixtures'

const teams = [team(1, 'Mexico', 'away'), team(2, 'South Africa', 'home')]

describe('match status', () => {
  it('is final when ended, closed or at a final period code; live when live; else scheduled', () => {
    expect(matchStatus(event({ ended: true }))).toBe('final')
    expect(matchStatus(event({ closed: true }))).toBe('final')
    for (const period of ['VFT', 'FT', 'AET', 'FT_PEN']) expect(matchStatus(event({ period, live: true })), period).toBe('final')
    expect(matchStatus(event({ period: '2H', live: true }))).toBe('live')
    expect(matchStatus(event({ period: 'HT' }))).toBe('scheduled')
    expect(matchStatus(event({}))).toBe('scheduled')
  })
})

describe('scores', () => {
  it('read `2-1`, with spaces or a suffix, and nothing else', () => {
    expect(parseScore('2-1')).toEqual([2, 1])
    expect(parseScore(' 10 - 0 |Bo3')).toEqual([10, 0])
    expect(parseScore('')).toBeNull()
    expect(parseScore(undefined)).toBeNull()
    expect(parseScore('x 2-1')).toBeNull()
    expect(parseScore('2:1')).toBeNull()
  })

  it('give a final match’s result by home and away, whichever order the teams are listed in', () => {
    expect(matchResult(event({ teams, score: '2-1', ended: true }))).toEqual({ homeId: 2, awayId: 1, homeGoals: 1, awayGoals: 2 })
    expect(matchResult(event({ teams: [team(1, 'A'), team(2, 'B')], score: '2-1', closed: true }))).toEqual({ homeId: 1, awayId: 2, homeGoals: 2, awayGoals: 1 })
    expect(matchResult(event({ teams, score: '2-1', live: true }))).toBeNull()
    expect(matchResult(event({ teams, score: 'abandoned', ended: true }))).toBeNull()
    expect(matchResult(event({ teams: [team(1, 'A')], score: '1-0', ended: true }))).toBeNull()
  })
})

describe('a listed match', () => {
  const content = snapshot({ teams: {} })

  it('shows sides with their goals once started, none before; period and score only when there are some', () => {
    const live = worldCupMatch(event({ teams, score: '0-3', live: true, period: '2H', startTime: '2026-06-11T19:00:00Z' }), content, 'fifwc', 'A', NOW)
    expect(live).toMatchObject({ status: 'live', period: '2H', score: '0-3', group: 'A', kickoff: '2026-06-11T19:00:00.000Z', home: { team: { name: 'South Africa' }, goals: 3 }, away: { team: { name: 'Mexico' }, goals: 0 } })
    const scheduled = worldCupMatch(event({ teams, score: '0-0', period: '' }), content, 'fifwc', null, NOW)
    expect(scheduled).toMatchObject({ status: 'scheduled', score: null, period: null, home: { goals: null }, away: { goals: null } })
    const final = worldCupMatch(event({ teams, ended: true, score: '' }), content, 'fifwc', 'A', NOW)
    expect(final).toMatchObject({ status: 'final', score: null, home: { goals: null } })
    expect(worldCupMatch(event({ teams: [team(1, 'Solo')] }), content, null, null, NOW)).toMatchObject({ home: null, away: null })
  })

  it('carries the shared game state, its period named by the sport (the World Cup plays halves)', () => {
    const live = worldCupMatch(event({ teams, gameId: 7, score: '1-0', live: true, period: '2H', elapsed: '67', updatedAt: NOW.toISOString() }), content, 'fifwc', 'A', NOW)
    expect(live.game).toEqual({ status: 'live', score: '1-0', period: { code: '2H', label: '2nd half' }, elapsed: '67', clockStale: false })
    const final = worldCupMatch(event({ teams, gameId: 7, score: '2-0', ended: true, period: 'VFT' }), content, 'fifwc', 'A', NOW)
    expect(final).toMatchObject({ status: 'final', game: { status: 'ended', score: '2-0', period: { code: 'VFT', label: 'Full time' } } })
    expect(worldCupMatch(event({ teams }), content, 'fifwc', 'A', NOW).game).toBeNull()
  })

  it('shows a match known only by its day as that day, never as a midnight kick-off', () => {
    const dayOnly = worldCupMatch(event({ teams, eventDate: '2026-06-20' }), content, 'fifwc', 'A', NOW)
    expect(dayOnly).toMatchObject({ kickoff: null, matchDay: '2026-06-20' })
    const timed = worldCupMatch(event({ teams, eventDate: '2026-06-20', startTime: '2026-06-20T19:00:00Z' }), content, 'fifwc', 'A', NOW)
    expect(timed).toMatchObject({ kickoff: '2026-06-20T19:00:00.000Z', matchDay: null })
    expect(worldCupMatch(event({ teams, eventDate: 'soon' }), content, 'fifwc', 'A', NOW)).toMatchObject({ kickoff: null, matchDay: null })
  })
})
