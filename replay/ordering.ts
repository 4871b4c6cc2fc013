/**
 * `order` / `ascending` and the keyset cursor. Every ordering ends with the numeric id, so it is total: pages
 * never repeat or skip an item, and the cursor (the last item's sort values) is enough to find the next page.
 */
import { Query, ValidationError } from './query'

type SortValue = number | string | null
export type Extractor<T> = (item: T) => number | string | undefined

export interface Position {
  values: SortValue[]
  id: number
}

export interface Ordering<T> {
  /** The order spec a cursor is bound to, e.g. `volume24hr,endDate:desc`. */
  spec: string
  position: (item: T) => Position
  compare: (a: T, b: T) => number
  comparePositions: (a: Position, b: Position) => number
}

function compareValue(a: SortValue, b: SortValue, ascending: boolean): number {
  // Absent values sort last whichever the direction, like Postgres' NULLS LAST on the upstream.
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  const difference = typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
  return ascending ? difference : -difference
}

export function parseOrdering<T>(query: Query, fields: Readonly<Record<string, Extractor<T>>>, idOf: (item: T) => number): Ordering<T> {
  const names = query
    .list('order')
    .flatMap((value) => value.split(','))
    .map((name) => name.trim())
    .filter(Boolean)
  for (const name of names) if (!Object.hasOwn(fields, name)) throw new ValidationError(`invalid order field: ${name}`)
  // `ascending` defaults to true and only matters when `order` is set (the keyset docs say so).
  const ascending = names.length === 0 ? true : (query.bool('ascending') ?? true)
  return orderingOf(fields, names, ascending, idOf)
}

/** The ordering by the named fields (known to be in `fields`), then by id. */
export function orderingOf<T>(fields: Readonly<Record<string, Extractor<T>>>, names: readonly string[], ascending: boolean, idOf: (item: T) => number): Ordering<T> {
  const extractors = names.map((name) => fields[name]!)
  const position = (item: T): Position => ({
    values: extractors.map((extract) => extract(item) ?? null),
    id: idOf(item),
  })
  const comparePositions = (a: Position, b: Position): number => {
    for (let index = 0; index < a.values.length; index++) {
      const difference = compareValue(a.values[index] ?? null, b.values[index] ?? null, ascending)
      if (difference !== 0) return difference
    }
    return a.id - b.id
  }
  return {
    spec: `${names.join(',')}:${ascending ? 'asc' : 'desc'}`,
    position,
    compare: (a, b) => comparePositions(position(a), position(b)),
    comparePositions,
  }
}

/** Opaque to clients: base64url of the order spec and the last item's position. */
export function encodeCursor(ordering: Ordering<unknown>, last: Position): string {
  return Buffer.from(JSON.stringify({ o: ordering.spec, v: last.values, i: last.id })).toString('base64url')
}

export function decodeCursor(ordering: Ordering<unknown>, cursor: string): Position {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw new ValidationError('invalid after_cursor')
  }
  const record = parsed as { o?: unknown; v?: unknown; i?: unknown } | null
  if (!record || typeof record.i !== 'number' || !Array.isArray(record.v)) throw new ValidationError('invalid after_cursor')
  if (record.o !== ordering.spec) throw new ValidationError('after_cursor was issued for another order')
  return { values: record.v as SortValue[], id: record.i }
}

/** Numbers sort numerically, date strings as instants (they share no single spelling), other strings as text. */
export const asNumber = (value: unknown): number | undefined => (typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : undefined)
export const asInstant = (value: unknown): number | undefined => {
  if (typeof value !== 'string') return undefined
  const parsed = Date.parse(value.includes(' ') ? value.replace(' ', 'T').replace(/\+00$/, 'Z') : value)
  return Number.isNaN(parsed) ? undefined : parsed
}
export const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
