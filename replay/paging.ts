/** Offset and keyset pages with the upstream's silent caps: an over-cap `limit` is clamped, never rejected. */
import { decodeCursor, encodeCursor, type Ordering } from './ordering'
import { Query, ValidationError } from './query'

/** Neither list style documents a default page size; third parties report 20 [I]. */
export const DEFAULT_LIMIT = 20
/** Legacy offset lists reject deep offsets with 422. */
export const MAX_OFFSET = 2000

function sorted<T>(items: readonly T[], ordering: Ordering<T>) {
  return items.map((item) => ({ item, position: ordering.position(item) })).sort((a, b) => ordering.comparePositions(a.position, b.position))
}

export function offsetPage<T>(items: readonly T[], query: Query, cap: number, ordering: Ordering<T>): T[] {
  const limit = query.int('limit') ?? DEFAULT_LIMIT
  const offset = query.int('offset') ?? 0
  if (limit < 0) throw new ValidationError('limit must be >= 0')
  if (offset < 0) throw new ValidationError('offset must be >= 0')
  if (offset > MAX_OFFSET) throw new ValidationError(`offset must be <= ${MAX_OFFSET}`)
  const effective = Math.min(limit, cap)
  return sorted(items, ordering)
    .slice(offset, offset + effective)
    .map((entry) => entry.item)
}

export interface KeysetPage<T> {
  items: T[]
  /** Present only when the page is full; a full last page is followed by one empty page, as upstream. */
  nextCursor?: string
}

export function keysetPage<T>(items: readonly T[], query: Query, cap: number, ordering: Ordering<T>): KeysetPage<T> {
  if (query.has('offset')) throw new ValidationError('offset is not allowed on keyset endpoints')
  const limit = query.int('limit') ?? DEFAULT_LIMIT
  if (limit < 1) throw new ValidationError('limit must be >= 1')
  const effective = Math.min(limit, cap)
  const cursor = query.string('after_cursor')
  let entries = sorted(items, ordering)
  if (cursor !== undefined) {
    const after = decodeCursor(ordering as Ordering<unknown>, cursor)
    entries = entries.filter((entry) => ordering.comparePositions(entry.position, after) > 0)
  }
  const page = entries.slice(0, effective)
  const last = page[page.length - 1]
  return {
    items: page.map((entry) => entry.item),
    ...(page.length === effective && last ? { nextCursor: encodeCursor(ordering as Ordering<unknown>, last.position) } : {}),
  }
}
