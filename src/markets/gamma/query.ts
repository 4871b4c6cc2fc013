/** Gamma query strings: arrays as repeated keys (`tag_id=1&tag_id=2`), booleans as `true`/`false`. */

export type QueryScalar = string | number | boolean
export type QueryValue = QueryScalar | readonly QueryScalar[] | null | undefined
export type QueryParams = Record<string, QueryValue>

/** `?a=1&tag_id=1&tag_id=2`, or '' when nothing is set. Absent (null/undefined) values are left out. */
export function buildQuery(params: QueryParams | undefined): string {
  if (!params) return ''
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue
    // Gamma ignores comma-joined ids; each value is its own key.
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}
