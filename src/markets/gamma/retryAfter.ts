/** The `Retry-After` header (delta-seconds or HTTP-date) as seconds to wait. */

/** Seconds to wait (≥ 0), or undefined when the header is absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (header == null) return undefined
  const value = header.trim()
  if (value === '') return undefined
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value)
  // HTTP-date (IMF-fixdate, RFC 850 or asctime): all carry a weekday or month name, never a bare number.
  if (!/[a-z]/i.test(value)) return undefined
  const at = Date.parse(value)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, (at - now) / 1000)
}
