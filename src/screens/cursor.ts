/**
 * Opaque feed cursors: base64url JSON `{ o: offset, v: fingerprint }`. The fingerprint names the ordering the
 * offset belongs to, so a cursor from another tag or from before an editor changed the sort is refused instead
 * of silently skipping or repeating events.
 */
import { badRequest } from '../errors'

/** Cursors this API issues are far shorter; the query schemas reject longer ones before decoding. */
export const MAX_CURSOR_LENGTH = 1_024

/** FNV-1a (32 bit) over the parts: short, stable across processes, not a security boundary. */
export function orderingFingerprint(parts: readonly string[]): string {
  let hash = 0x811c9dc5
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}

export function encodeCursor(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, v: fingerprint }), 'utf8').toString('base64url')
}

/** The offset a cursor points at; anything malformed or from another ordering → 400 `feed.invalid_cursor`. */
export function decodeCursor(cursor: string, fingerprint: string): number {
  const invalid = (detail: string) => badRequest('feed.invalid_cursor', { detail, context: { cursor: cursor.slice(0, MAX_CURSOR_LENGTH) } })
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid('The cursor is not one this API issued.')
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalid('The cursor is not one this API issued.')
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid('The cursor is not one this API issued.')
  const { o, v } = parsed as { o?: unknown; v?: unknown }
  if (typeof o !== 'number' || !Number.isSafeInteger(o) || o < 0 || typeof v !== 'string') throw invalid('The cursor is not one this API issued.')
  if (v !== fingerprint) throw invalid('The list changed since this cursor was issued; start again without a cursor.')
  return o
}
