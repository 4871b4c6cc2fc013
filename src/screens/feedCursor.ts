/**
 * Cursors of feeds read page by page from the upstream: where each upstream stream (open, settled) stands — the
 * upstream cursor of the page it is in, the page's size, the sort key of the last event it gave — and how many pinned
 * events were shown. Signed (HMAC with a key for this one use), so the upstream cursors inside reach the upstream only
 * as this API issued them, and a crafted one never becomes an upstream request or a cache entry.
 */
import { createHmac } from 'node:crypto'

import { z } from 'zod'

import { secretsEqual } from '../config/secret'
import { badRequest } from '../errors'
import type { SortKey } from './feed'

/** One upstream stream's place: the upstream cursor of the page it stands in (null: the first), page size, last event given. */
export type StreamPosition = readonly [cursor: string | null, pageSize: number, after: SortKey | null]

export interface FeedPosition {
  /** Pinned events already shown. */
  pinned: number
  /** Per upstream query, in order; null once that stream is exhausted. */
  streams: ReadonlyArray<StreamPosition | null>
}

const positionSchema = z.object({
  v: z.string(),
  p: z.number().int().min(0).max(1_000),
  r: z
    .array(z.tuple([z.string().max(512).nullable(), z.number().int().min(1).max(1_000), z.tuple([z.string().max(64), z.string().max(64).nullable()]).nullable()]).nullable())
    .min(1)
    .max(4),
})

/** Keyset cursors are `<payload>.<signature>`; offset cursors (cursor.ts) have no dot. */
export const isKeysetCursor = (cursor: string): boolean => cursor.includes('.')

const signature = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url').slice(0, 22)

export function encodeFeedCursor(position: FeedPosition, fingerprint: string, key: Buffer): string {
  const payload = Buffer.from(JSON.stringify({ v: fingerprint, p: position.pinned, r: position.streams }), 'utf8').toString('base64url')
  return `${payload}.${signature(key, payload)}`
}

/** The position a cursor names; anything not issued by this API, or issued for another ordering → 400 `feed.invalid_cursor`. */
export function decodeFeedCursor(cursor: string, fingerprint: string, key: Buffer, streams: number): FeedPosition {
  const invalid = (detail: string) => badRequest('feed.invalid_cursor', { detail, context: { cursor: cursor.slice(0, 64) } })
  const notOurs = () => invalid('The cursor is not one this API issued.')
  // The signature is the whole check of form: anything malformed (no dot, two dots, other characters) fails it.
  const dot = cursor.indexOf('.')
  const payload = cursor.slice(0, dot)
  if (!secretsEqual(cursor.slice(dot + 1), signature(key, payload))) throw notOurs()
  let parsed: z.output<typeof positionSchema>
  try {
    parsed = positionSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')))
  } catch {
    throw notOurs()
  }
  if (parsed.v !== fingerprint || parsed.r.length !== streams) throw invalid('The list changed since this cursor was issued; start again without a cursor.')
  return { pinned: parsed.p, streams: parsed.r }
}
