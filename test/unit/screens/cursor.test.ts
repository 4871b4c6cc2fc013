import { describe, expect, it } from 'vitest'

import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH, orderingFingerprint } from '@/screens/cursor'

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
const refusal = (cursor: string, fingerprint = 'fp') => {
  try {
    decodeCursor(cursor, fingerprint)
  } catch (error) {
    return error as { code: string; detail: string; status: number }
  }
  throw new Error('expected a refusal')
}

describe('feed cursors', () => {
  it('round-trip an offset for the ordering they were issued for', () => {
    expect(decodeCursor(encodeCursor(40, 'fp'), 'fp')).toBe(40)
    expect(decodeCursor(encodeCursor(0, 'fp'), 'fp')).toBe(0)
  })

  it('fingerprint an ordering stably, and differently for different parts (or splits)', () => {
    expect(orderingFingerprint(['nba', 'volume'])).toBe(orderingFingerprint(['nba', 'volume']))
    expect(orderingFingerprint(['nba', 'volume'])).not.toBe(orderingFingerprint(['nba', 'endDate']))
    expect(orderingFingerprint(['ab', 'c'])).not.toBe(orderingFingerprint(['a', 'bc']))
    expect(orderingFingerprint(['x'])).toMatch(/^[0-9a-z]+$/)
  })

  it('refuse a cursor from another ordering, saying the list changed', () => {
    expect(refusal(encodeCursor(20, 'other'))).toMatchObject({ status: 400, code: 'feed.invalid_cursor', detail: 'The list changed since this cursor was issued; start again without a cursor.' })
  })

  it.each([
    ['empty', ''],
    ['too long', 'a'.repeat(MAX_CURSOR_LENGTH + 1)],
    ['not base64url', 'abc+/='],
    ['not JSON', base64url('{oops')],
    ['not an object', base64url('42')],
    ['null', base64url('null')],
    ['a negative offset', base64url(JSON.stringify({ o: -1, v: 'fp' }))],
    ['a fractional offset', base64url(JSON.stringify({ o: 1.5, v: 'fp' }))],
    ['an offset as text', base64url(JSON.stringify({ o: '1', v: 'fp' }))],
    ['no fingerprint', base64url(JSON.stringify({ o: 1 }))],
  ])('refuse %s as not issued here', (_name, cursor) => {
    expect(refusal(cursor)).toMatchObject({ status: 400, code: 'feed.invalid_cursor', detail: 'The cursor is not one this API issued.' })
  })

  it('accept the longest cursor allowed', () => {
    const padded = encodeCursor(1, 'f'.repeat(150))
    expect(padded.length).toBeLessThanOrEqual(MAX_CURSOR_LENGTH)
    expect(decodeCursor(padded, 'f'.repeat(150))).toBe(1)
  })
})
