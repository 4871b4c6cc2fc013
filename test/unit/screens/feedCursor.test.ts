// Signed feed cursors: what the API issued comes back as the same position; anything else is refused with 400,
// saying whether it is not ours at all or from before the list's ordering changed.
import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { decodeFeedCursor, encodeFeedCursor, type FeedPosition, isKeysetCursor } from '@/screens/feedCursor'

const key = Buffer.alloc(32, 1)
const otherKey = Buffer.alloc(32, 2)
const position: FeedPosition = { pinned: 2, streams: [['upstream-cursor', 40, ['5001', '1234.5']], null] }

const refusal = (cursor: string, fingerprint = 'fp', streams = 2, signingKey = key) => {
  try {
    decodeFeedCursor(cursor, fingerprint, signingKey, streams)
  } catch (error) {
    return error as { code: string; detail: string; status: number }
  }
  throw new Error('expected a refusal')
}
const NOT_OURS = { status: 400, code: 'feed.invalid_cursor', detail: 'The cursor is not one this API issued.' }
const CHANGED = { status: 400, code: 'feed.invalid_cursor', detail: 'The list changed since this cursor was issued; start again without a cursor.' }
/** A payload signed as the API signs its own (the same HMAC construction), to reach the checks after the signature. */
const signedPayload = (payload: unknown) => {
  const body = Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload), 'utf8').toString('base64url')
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url').slice(0, 22)}`
}

describe('feed cursors (keyset)', () => {
  it('round-trip a position for the ordering and streams they were issued for', () => {
    const cursor = encodeFeedCursor(position, 'fp', key)
    expect(isKeysetCursor(cursor)).toBe(true)
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/)
    expect(decodeFeedCursor(cursor, 'fp', key, 2)).toEqual(position)
    const first: FeedPosition = { pinned: 0, streams: [[null, 1, null]] }
    expect(decodeFeedCursor(encodeFeedCursor(first, 'fp', key), 'fp', key, 1)).toEqual(first)
  })

  it('tell offset cursors (no dot) from keyset ones', () => {
    expect(isKeysetCursor('eyJvIjoyMH0')).toBe(false)
  })

  it('refuse a cursor signed with another key, or with its payload or signature changed', () => {
    const cursor = encodeFeedCursor(position, 'fp', key)
    const [payload, signature] = cursor.split('.') as [string, string]
    expect(refusal(cursor, 'fp', 2, otherKey)).toMatchObject(NOT_OURS)
    const tampered = Buffer.from(JSON.stringify({ v: 'fp', p: 0, r: [['evil', 40, null], null] })).toString('base64url')
    expect(refusal(`${tampered}.${signature}`)).toMatchObject(NOT_OURS)
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`
    expect(refusal(`${payload}.${flipped}`)).toMatchObject(NOT_OURS)
    expect(refusal(`${payload}.${signature}x`)).toMatchObject(NOT_OURS)
  })

  it.each([
    ['no signature', 'abc.'],
    ['no payload', '.abc'],
    ['two dots', 'a.b.c'],
    ['characters outside base64url', 'a+b.abc'],
    ['no dot', 'abc'],
  ])('refuse a malformed cursor: %s', (_name, cursor) => {
    expect(refusal(cursor)).toMatchObject(NOT_OURS)
  })

  it.each([
    ['not JSON', 'not json at all'],
    ['a sort key that is not [id, value]', { v: 'fp', p: 0, r: [['c', 40, ['1']], null] }],
    ['a page size of 0', { v: 'fp', p: 0, r: [['c', 0, null], null] }],
    ['a fractional pinned count', { v: 'fp', p: 0.5, r: [null, null] }],
    ['no streams', { v: 'fp', p: 0, r: [] }],
    ['a missing fingerprint', { p: 0, r: [null, null] }],
  ])('refuse a signed payload that is not a position: %s', (_name, payload) => {
    expect(refusal(signedPayload(payload))).toMatchObject(NOT_OURS)
  })

  it('refuse a cursor from another ordering, or for another number of upstream queries, saying the list changed', () => {
    const cursor = encodeFeedCursor(position, 'fp', key)
    expect(refusal(cursor, 'other')).toMatchObject(CHANGED)
    expect(refusal(cursor, 'fp', 1)).toMatchObject(CHANGED)
  })
})
