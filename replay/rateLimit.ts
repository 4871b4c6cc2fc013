/** Optional per-endpoint sliding windows, like the upstream's Cloudflare limits (off unless asked for). */
import type { RateLimits } from './types'

export const UPSTREAM_RATE_LIMITS: RateLimits = { windowMs: 10_000, events: 500, markets: 300, tags: 200, publicSearch: 350 }

type Scope = Exclude<keyof RateLimits, 'windowMs'>

function scopeOf(path: string): Scope | undefined {
  if (path === '/events' || path.startsWith('/events/')) return 'events'
  if (path === '/markets' || path.startsWith('/markets/')) return 'markets'
  if (path === '/tags' || path.startsWith('/tags/')) return 'tags'
  if (path === '/public-search') return 'publicSearch'
  return undefined
}

export class RateLimiter {
  /** Accepted request times per scope, oldest first. */
  private readonly windows = new Map<Scope, number[]>()

  constructor(private readonly limits: RateLimits) {}

  /** Records the request and returns undefined, or the seconds to wait when the window is full (the request is not recorded). */
  check(path: string, now: number): number | undefined {
    const scope = scopeOf(path)
    if (!scope) return undefined
    const window = this.windows.get(scope) ?? []
    const start = now - this.limits.windowMs
    while (window.length > 0 && window[0]! <= start) window.shift()
    if (window.length >= this.limits[scope]) {
      return Math.max(1, Math.ceil((window[0]! + this.limits.windowMs - now) / 1000))
    }
    window.push(now)
    this.windows.set(scope, window)
    return undefined
  }
}
