// Small look-ups every screen shares: the player of a prop, the sport of an event, teams with CMS overrides.
import { describe, expect, it } from 'vitest'

import type { CompiledSport } from '@/content/types'
import { genericVocabulary, looksLikeProp, propPlayer, statLabelOf, vocabularyFor } from '@/screens/props'
import { sportOf } from '@/screens/sport'
import { teamLabel, teamNames, teamView, teamViewById, upstreamTeamsById } from '@/screens/teams'

import { event, market, snapshot, team } from './fixtures'

const game = event({ title: 'Lakers vs. Celtics' })
const player = (question: string, groupItemTitle?: string) => propPlayer(market({ question, ...(groupItemTitle ? { groupItemTitle } : {}) }), game)

describe('player props', () => {
  it('take the player from the item when the question starts with it, else from the question’s prefix', () => {
    expect(player('LeBron James: Points O/U 25.5', ' LeBron James ')).toBe('LeBron James')
    expect(player('LeBron James: Points O/U 25.5', 'Someone Else')).toBe('LeBron James')
    expect(player('  Anthony Davis : Rebounds O/U 10.5')).toBe('Anthony Davis')
  })

  it('find no player in game markets, titles, or questions without a prefix', () => {
    for (const question of ['Lakers vs. Celtics: 1P O/U 1.5', 'Lakers vs Celtics: O/U 220.5', 'Spread: Lakers (-2.5)', 'Total: O/U 220.5', 'Handicap: Lakers (-1.5)', ': O/U 3', 'No colon here', '   : x']) {
      expect(player(question), question).toBeNull()
    }
  })

  it('are props when configured, or a line on a named player for a non-game type', () => {
    expect(looksLikeProp(undefined, true, 'X', true)).toBe(false)
    expect(looksLikeProp('anything', true, null, false)).toBe(true)
    expect(looksLikeProp('rebounds', false, 'X', true)).toBe(true)
    expect(looksLikeProp('rebounds', false, null, true)).toBe(false)
    expect(looksLikeProp('rebounds', false, 'X', false)).toBe(false)
    for (const type of ['moneyline', 'spreads', 'first_half_totals', 'team_totals', 'odd_even', 'fight_method', 'round']) expect(looksLikeProp(type, false, 'X', true), type).toBe(false)
  })

  it('read an unconfigured stat generically, singular forms included', () => {
    expect(statLabelOf('passing__yards-')).toBe('passing yards')
    expect(genericVocabulary('points')).toEqual({ statLabel: 'points', verb: 'record', unitSingular: 'point', unitPlural: 'points', titleTemplate: null })
    expect(genericVocabulary('three_pointers').unitSingular).toBe('three pointer')
    expect(genericVocabulary('assists').unitSingular).toBe('assist')
    expect(genericVocabulary('steals_plus_blocks').unitSingular).toBe('steals plus block')
    expect(genericVocabulary('rallies').unitSingular).toBe('rally')
    expect(genericVocabulary('pass').unitSingular).toBe('pass')
  })

  it('find the configured vocabulary of a sport only', () => {
    const content = snapshot()
    expect(vocabularyFor(content, null, 'points')).toBeNull()
    expect(vocabularyFor(content, 'nba', 'points')).toMatchObject({ sportSlug: 'nba', stat: 'points' })
    expect(vocabularyFor(content, 'nba', 'no_such_stat')).toBeNull()
  })
})

describe('the sport of an event', () => {
  const sport = (slug: string, fields: Partial<CompiledSport>): CompiledSport => ({ id: 1, slug, name: slug, upstreamTagId: 0, upstreamSeriesId: null, upstreamSportCode: null, marketTypeOrder: [], periodVocabulary: null, icon: null, ...fields })
  const content = snapshot({
    sports: {
      nba: sport('nba', { upstreamTagId: 745, upstreamSeriesId: '10345', upstreamSportCode: 'nba' }),
      wnba: sport('wnba', { upstreamTagId: 100, upstreamSeriesId: '10105' }),
      epl: sport('epl', { upstreamTagId: 82 }),
    },
  })

  it('is found by sport code (or slug), then league series, then the sport’s tag', () => {
    expect(sportOf(event({ sport: { sport: 'nba' } as never, tagIds: [82] }), content)?.slug).toBe('nba')
    expect(sportOf(event({ sport: { sport: 'epl' } as never }), content)?.slug).toBe('epl')
    expect(sportOf(event({ sport: { sport: 'unknown' } as never, series: [{ id: '10105' } as never], tagIds: [82] }), content)?.slug).toBe('wnba')
    expect(sportOf(event({ series: [{ id: '999' } as never], tagIds: [1, 82] }), content)?.slug).toBe('epl')
    expect(sportOf(event({ tagIds: [5] }), content)).toBeNull()
  })
})

describe('teams', () => {
  const content = snapshot({ teams: { '100': { id: 1, upstreamTeamId: 100, name: 'Boston Celtics', shortName: 'Celtics', abbreviation: 'BOS', colour: '#007A33', logoUrl: 'https://x/bos.png', sportSlug: 'nba' } } })

  it('show the CMS team over what the upstream sent, keeping the upstream’s home/away', () => {
    expect(teamView(team(100, 'celtics (upstream)', 'home'), content)).toEqual({ id: 100, name: 'Boston Celtics', shortName: 'Celtics', abbreviation: 'BOS', colour: '#007A33', logo: 'https://x/bos.png', ordering: 'home' })
    expect(teamView(team(7, 'Miami Heat', 'away', { alias: 'Heat', abbreviation: 'mia', color: '#98002E', logo: 'h.png' }), content)).toEqual({ id: 7, name: 'Miami Heat', shortName: 'Heat', abbreviation: 'MIA', colour: '#98002E', logo: 'h.png', ordering: 'away' })
    expect(teamView(team(8, 'Nameless'), content)).toEqual({ id: 8, name: 'Nameless', shortName: null, abbreviation: null, colour: null, logo: null, ordering: null })
  })

  it('show a team known by id from the CMS, else the upstream, else a placeholder; never with home/away', () => {
    expect(teamViewById(100, content, team(100, 'x', 'home')).name).toBe('Boston Celtics')
    expect(teamViewById(100, content, undefined).ordering).toBeNull()
    expect(teamViewById(7, content, team(7, 'Miami Heat', 'home'))).toMatchObject({ name: 'Miami Heat', ordering: null })
    expect(teamViewById(9, content, undefined)).toEqual({ id: 9, name: 'Team 9', shortName: null, abbreviation: null, colour: null, logo: null, ordering: null })
  })

  it('label a team by its short name, and match it by every name it goes by', () => {
    expect(teamLabel(team(100, 'x'), content)).toBe('Celtics')
    expect(teamLabel(team(7, 'Miami Heat'), content)).toBe('Miami Heat')
    expect(teamNames(team(100, 'Celts', undefined, { alias: 'C', abbreviation: 'bos' }), content)).toEqual(['boston celtics', 'celtics', 'bos', 'celts', 'c', 'bos'])
  })

  it('collect each upstream team once across events, the first seen', () => {
    const first = team(1, 'First')
    const teams = upstreamTeamsById([event({ teams: [first, team(2, 'Two')] }), event({ teams: [team(1, 'Later'), team(3, 'Three')] })])
    expect([...teams.keys()]).toEqual([1, 2, 3])
    expect(teams.get(1)).toBe(first)
  })
})
