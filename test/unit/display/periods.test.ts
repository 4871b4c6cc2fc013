// Period labels: an upstream period code and the sport's CMS vocabulary → what the app shows.
import { describe, expect, it } from 'vitest'

import { isPeriodVocabulary, ordinal, PERIOD_VOCABULARY, periodLabel } from '@/display/periods'

describe('period labels', () => {
  it('number each vocabulary’s periods its own way', () => {
    expect(periodLabel('2', 'quarters')).toBe('2nd quarter')
    expect(periodLabel('2', 'halves')).toBe('2nd half')
    expect(periodLabel('2', 'periods')).toBe('2nd period')
    expect(periodLabel('2', 'innings')).toBe('2nd innings')
    expect(periodLabel('2', 'sets')).toBe('Set 2')
    expect(periodLabel('2', 'rounds')).toBe('Round 2')
    expect(periodLabel('2', 'maps')).toBe('Map 2')
    expect(periodLabel('2', 'overs')).toBe('Over 2')
  })

  it('read the unit letter before or after the number, in either case', () => {
    for (const code of ['Q3', '3Q', 'q3', ' 3q ']) expect(periodLabel(code, 'quarters'), code).toBe('3rd quarter')
    expect(periodLabel('1H', 'halves')).toBe('1st half')
    expect(periodLabel('2H', 'halves')).toBe('2nd half')
    expect(periodLabel('S2', 'sets')).toBe('Set 2')
    expect(periodLabel('1S', null)).toBe('Set 1')
    expect(periodLabel('R3', 'rounds')).toBe('Round 3')
    expect(periodLabel('M1', 'maps')).toBe('Map 1')
    expect(periodLabel('1I', 'innings')).toBe('1st innings')
  })

  it('let a unit letter win over the sport’s vocabulary: an NBA first-half market is a half', () => {
    expect(periodLabel('1H', 'quarters')).toBe('1st half')
    expect(periodLabel('Q2', 'halves')).toBe('2nd quarter')
    expect(periodLabel('S3', null)).toBe('Set 3')
  })

  it('name the generic P code and a bare number by the sport’s vocabulary', () => {
    expect(periodLabel('2P', 'periods')).toBe('2nd period')
    expect(periodLabel('P2', 'sets')).toBe('Set 2')
    expect(periodLabel('P3', 'quarters')).toBe('3rd quarter')
    expect(periodLabel('2P', null)).toBe('2nd period')
    expect(periodLabel('2P', 'not-a-vocabulary')).toBe('2nd period')
    expect(periodLabel('4', null)).toBe('4')
  })

  it('read baseball’s half-innings as top and bottom', () => {
    expect(periodLabel('T7', 'innings')).toBe('Top 7th')
    expect(periodLabel('B1', 'innings')).toBe('Bottom 1st')
    expect(periodLabel('b11', null)).toBe('Bottom 11th')
  })

  it('name breaks and endings; full time where games have halves, final elsewhere', () => {
    expect(periodLabel('HT', 'halves')).toBe('Half-time')
    expect(periodLabel('HT', 'quarters')).toBe('Half-time')
    expect(periodLabel('NS', null)).toBe('Not started')
    expect(periodLabel('OT', 'quarters')).toBe('Overtime')
    expect(periodLabel('ET', 'halves')).toBe('Extra time')
    expect(periodLabel('PEN', 'halves')).toBe('Penalties')
    expect(periodLabel('SO', 'periods')).toBe('Shoot-out')
    expect(periodLabel('IB', 'innings')).toBe('Innings break')
    expect(periodLabel('BT', 'maps')).toBe('Break')
    expect(periodLabel('AET', 'halves')).toBe('After extra time')
    expect(periodLabel('FT_PEN', 'halves')).toBe('After penalties')
    expect(periodLabel('VFT', 'halves')).toBe('Full time')
    expect(periodLabel('FT', 'halves')).toBe('Full time')
    expect(periodLabel('VFT', 'sets')).toBe('Final')
    expect(periodLabel('VFT', null)).toBe('Final')
  })

  it('show a code it cannot read as the upstream sent it', () => {
    for (const code of ['X9', '9X', 'Q0', '0', 'Q123', 'LIVE', '', '2H1', 'A2H', '2HX', 'XT7', 'T7X', 'T100', 'Break time']) expect(periodLabel(code, 'quarters'), code).toBe(code)
    expect(periodLabel('constructor', null)).toBe('constructor')
  })

  it('write ordinals as English does, teens included', () => {
    expect([1, 2, 3, 4, 10, 11, 12, 13, 20, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '10th', '11th', '12th', '13th', '20th', '21st', '22nd', '23rd', '101st', '111th', '112th'])
  })

  it('know the vocabularies editors pick from', () => {
    expect(PERIOD_VOCABULARY).toEqual(['quarters', 'halves', 'periods', 'innings', 'sets', 'rounds', 'maps', 'overs'])
    expect(isPeriodVocabulary('sets')).toBe(true)
    expect(isPeriodVocabulary('set')).toBe(false)
    expect(isPeriodVocabulary(null)).toBe(false)
  })
})
