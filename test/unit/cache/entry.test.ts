import { describe, expect, it } from 'vitest'

import { type CacheEntry, decodeEntry, encodeEntry, freshness, newer } from '@/cache/entry'

const entry = (storedAt: number, value = 'v'): CacheEntry<string> => ({ value, storedAt, softExpiresAt: storedAt + 10, hardExpiresAt: storedAt + 20 })

describe('cache entries', () => {
  it('are fresh before the soft TTL, stale from it, expired from the hard TTL (bounds exact)', () => {
    const e = entry(100)
    expect(freshness(e, 109)).toBe('fresh')
    expect(freshness(e, 110)).toBe('stale')
    expect(freshness(e, 119)).toBe('stale')
    expect(freshness(e, 120)).toBe('expired')
    expect(freshness(undefined, 0)).toBe('expired')
  })

  it('pick the newer of two, whichever side is missing or newer', () => {
    const older = entry(100, 'old')
    const recent = entry(200, 'new')
    expect(newer(older, recent)).toBe(recent)
    expect(newer(recent, older)).toBe(recent)
    expect(newer(undefined, older)).toBe(older)
    expect(newer(older, undefined)).toBe(older)
    expect(newer(older, entry(100, 'same time'))).toBe(older)
  })

  it('survive encoding for Redis, values through their codec, not-found entries without a value', () => {
    const stored = entry(100, 'x')
    const raw = encodeEntry(stored, (value) => value.toUpperCase())
    expect(JSON.parse(raw)).toEqual({ v: 'X', nf: 0, s: 100, se: 110, he: 120 })
    expect(decodeEntry(raw, (value) => String(value).toLowerCase())).toEqual(stored)
    const missing: CacheEntry<string> = { value: undefined, notFound: true, storedAt: 5, softExpiresAt: 6, hardExpiresAt: 6 }
    const rawMissing = encodeEntry(missing, () => {
      throw new Error('a not-found entry has no value to encode')
    })
    expect(decodeEntry(rawMissing, () => 'never')).toEqual(missing)
  })

  it('decode anything else as absent rather than throw', () => {
    expect(decodeEntry('not json', String)).toBeUndefined()
    expect(decodeEntry(JSON.stringify({ v: 1, s: 'x', he: 2 }), String)).toBeUndefined()
    expect(decodeEntry(JSON.stringify({ v: 1, s: 1 }), String)).toBeUndefined()
    expect(decodeEntry(JSON.stringify({ v: 1, s: 1, se: 2, he: 3 }), String)).toEqual({ value: '1', storedAt: 1, softExpiresAt: 2, hardExpiresAt: 3 })
  })
})
