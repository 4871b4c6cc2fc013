// Which display rule applies, and the output formats every screen shares.
import { describe, expect, it } from 'vitest'

import type { CompiledDisplayRule } from '@/content/types'
import { exploreTree } from '@/screens/explore'
import { dayOrNull, decimalOrNull, decimalOrZero, foldText, isoOrNull, timeOf } from '@/screens/format'
import { ruleFor } from '@/screens/rules'

import { snapshot, tagTree } from './fixtures'

const rule = (name: string, fields: Partial<CompiledDisplayRule>): CompiledDisplayRule => ({
  sportSlug: null, marketKind: 'other', upstreamTypes: [], titleTemplate: name, subtitleTemplate: null, section: name, sectionOrder: 1, sort: 'upstream', groupBy: 'none', ...fields,
})

describe('rule look-up order', () => {
  const rules = [
    rule('default spreads', { marketKind: 'spreads' }),
    rule('default other', { marketKind: 'other' }),
    rule('default typed', { marketKind: 'first_half', upstreamTypes: ['first_half_spreads'] }),
    rule('nba spreads', { sportSlug: 'nba', marketKind: 'spreads' }),
    rule('nba typed', { sportSlug: 'nba', marketKind: 'totals', upstreamTypes: ['team_totals'] }),
    rule('nba other', { sportSlug: 'nba', marketKind: 'other' }),
  ]
  const pick = (sport: string | null, kind: Parameters<typeof ruleFor>[2], type?: string) => {
    const match = ruleFor(rules, sport, kind, type)
    return [match.rule?.titleTemplate ?? null, match.kind]
  }

  it('prefers the sport’s rule for the type, then for the kind, then the default for the type, then for the kind', () => {
    expect(pick('nba', 'spreads', 'team_totals')).toEqual(['nba typed', 'totals'])
    expect(pick('nba', 'spreads', 'spreads')).toEqual(['nba spreads', 'spreads'])
    expect(pick('nba', 'spreads', 'first_half_spreads')).toEqual(['nba spreads', 'spreads'])
    expect(pick('nba', 'moneyline', 'first_half_spreads')).toEqual(['default typed', 'first_half'])
    expect(pick('nfl', 'spreads', 'spreads')).toEqual(['default spreads', 'spreads'])
  })

  it('falls back on the sport’s `other` rule, then the default one; no sport sees only defaults', () => {
    expect(pick('nba', 'moneyline', 'moneyline')).toEqual(['nba other', 'moneyline'])
    expect(pick('nba', 'other', undefined)).toEqual(['nba other', 'other'])
    expect(pick('nfl', 'moneyline', undefined)).toEqual(['default other', 'moneyline'])
    expect(pick(null, 'totals', 'team_totals')).toEqual(['default other', 'totals'])
    expect(ruleFor([], 'nba', 'spreads', 'spreads')).toEqual({ rule: null, kind: 'spreads' })
  })
})

describe('formats', () => {
  it('write decimals plainly, never in exponent form, and null for what is not a finite number', () => {
    expect(decimalOrNull('0.0000005')).toBe('0.0000005')
    expect(decimalOrNull('1e21')).toBe('1000000000000000000000')
    for (const value of [null, undefined, 'abc', 'NaN', 'Infinity']) expect(decimalOrNull(value as never), String(value)).toBeNull()
    expect(decimalOrNull(0)).toBe('0')
    expect(decimalOrZero(undefined)).toBe('0')
    expect(decimalOrZero('12.5')).toBe('12.5')
  })

  it('write instants in UTC with milliseconds, null for empty or unparseable ones', () => {
    expect(isoOrNull('2026-06-20T14:00:00+02:00')).toBe('2026-06-20T12:00:00.000Z')
    for (const value of [null, undefined, '', 'soon']) expect(isoOrNull(value)).toBeNull()
    expect(timeOf('1970-01-01T00:00:00.000Z')).toBe(0)
    expect(timeOf('soon')).toBeNull()
    expect(timeOf('')).toBeNull()
  })

  it('keep a plain calendar day as given, and nothing else', () => {
    expect(dayOrNull('2026-06-20')).toBe('2026-06-20')
    for (const value of ['2026-06-20T19:00:00Z', '2026-13-45', 'June 20', '', null, undefined]) expect(dayOrNull(value), String(value)).toBeNull()
  })

  it('fold text for matching: case, accents and runs of space', () => {
    expect(foldText('  Seleção   Brasileira ')).toBe('selecao brasileira')
  })
})

describe('the explore tree', () => {
  it('orders siblings by order, then label, then slug', () => {
    const tree = exploreTree(
      snapshot(tagTree([{ slug: 'b', label: 'Same', order: 1 }, { slug: 'a', label: 'Same', order: 1 }, { slug: 'z', label: 'Alpha', order: 1 }, { slug: 'first', label: 'Zed', order: 0 }])),
      { platform: null, appVersion: null },
      new Date('2026-06-20T12:00:00Z'),
    )
    expect(tree.tags.map((tag) => tag.slug)).toEqual(['first', 'z', 'a', 'b'])
  })
})
