/**
 * Partner origin patterns: `https://example.com`, `https://example.com:8443`, `http://localhost:*` (any port),
 * `https://*.example.com` (any subdomain, not the apex). A browser's `Origin` is matched exactly on scheme and
 * host; the port is the scheme's default when absent. Hand-written: the rule is a dozen lines and must not grow
 * beyond what a partner can read in the admin.
 */

export interface OriginPattern {
  scheme: 'http' | 'https'
  /** Lower-case host; a leading `*.` matches any subdomain. */
  host: string
  /** A port number, or `*` for any. */
  port: string
}

const PATTERN = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(\*|\d{1,5}))?\/?$/i
const DEFAULT_PORTS = { http: '80', https: '443' } as const

/** A pattern as written in the admin, or null when it is not one. */
export function parseOriginPattern(text: string): OriginPattern | null {
  const match = PATTERN.exec(text.trim())
  if (!match) return null
  const scheme = match[1]!.toLowerCase() as OriginPattern['scheme']
  const port = match[4] ?? DEFAULT_PORTS[scheme]
  if (port !== '*' && Number(port) > 65_535) return null
  return { scheme, host: `${match[2] ?? ''}${match[3]!.toLowerCase()}`, port }
}

/** A browser's `Origin` header as scheme, host and port; null for `null` and anything malformed. */
function parseOrigin(origin: string): { scheme: string; host: string; port: string } | null {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return null
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin.replace(/\/$/, '').toLowerCase()) return null
  const scheme = url.protocol.slice(0, -1) as OriginPattern['scheme']
  return { scheme, host: url.hostname, port: url.port || DEFAULT_PORTS[scheme] }
}

export function originMatches(origin: string, pattern: OriginPattern): boolean {
  const parsed = parseOrigin(origin)
  if (!parsed || parsed.scheme !== pattern.scheme) return false
  if (pattern.port !== '*' && pattern.port !== parsed.port) return false
  if (pattern.host.startsWith('*.')) return parsed.host.endsWith(pattern.host.slice(1))
  return parsed.host === pattern.host
}

/** Whether `origin` is allowed by any of the partner's patterns (unparseable patterns allow nothing). */
export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  return patterns.some((text) => {
    const pattern = parseOriginPattern(text)
    return pattern !== null && originMatches(origin, pattern)
  })
}

/** The patterns as a CSP `frame-ancestors` source list (CSP's own syntax accepts `*` ports and `*.` hosts). */
export function frameAncestors(patterns: readonly string[]): string {
  const sources = patterns.map(parseOriginPattern).filter((pattern) => pattern !== null)
  if (sources.length === 0) return "'none'"
  return sources.map(({ scheme, host, port }) => `${scheme}://${host}${port === DEFAULT_PORTS[scheme] ? '' : `:${port}`}`).join(' ')
}
