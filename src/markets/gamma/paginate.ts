/**
 * Walking Gamma's lists to the end. Page caps are silent (a larger `limit` is clamped without an error), so an
 * offset list ends only on a page shorter than the real cap and a keyset list only when `next_cursor` is absent.
 */
import { AppError, upstreamUnavailable } from '../../errors'

/** The upstream's per-request page caps of the lists the client walks (a subset of the replay's `PageCaps`). */
export interface GammaPageCaps {
  events: number
  tags: number
  /** /events/keyset */
  keyset: number
}

export const defaultPageCaps: GammaPageCaps = { events: 100, tags: 100, keyset: 100 }

export interface KeysetPage<T> {
  items: T[]
  nextCursor?: string | undefined
}

export interface WalkOptions {
  /** Fails with `upstream.too_many_pages` rather than walking further (a runaway list or a cursor bug). */
  maxPages: number
  /** For error context. */
  path: string
}

/** Follows `next_cursor` into `after_cursor` until it is absent. */
export async function walkKeyset<T>(fetchPage: (cursor: string | undefined) => Promise<KeysetPage<T>>, options: WalkOptions): Promise<T[]> {
  const items: T[] = []
  const seen = new Set<string>()
  let cursor: string | undefined
  for (let page = 1; ; page++) {
    if (page > options.maxPages) throw tooManyPages(options)
    const result = await fetchPage(cursor)
    items.push(...result.items)
    if (!result.nextCursor) return items
    // A cursor seen before would loop forever (e.g. an ignored cursor parameter answering page 1 again).
    if (seen.has(result.nextCursor)) {
      throw upstreamUnavailable('upstream.cursor_loop', { context: { path: options.path, page, cursor: result.nextCursor } })
    }
    seen.add(result.nextCursor)
    cursor = result.nextCursor
  }
}

/** Pages by `offset`, always asking for `limit = cap`; a page shorter than the cap is the last one. */
export async function walkOffset<T>(
  fetchPage: (offset: number, limit: number) => Promise<T[]>,
  options: WalkOptions & { cap: number },
): Promise<T[]> {
  const items: T[] = []
  for (let page = 1; ; page++) {
    if (page > options.maxPages) throw tooManyPages(options)
    const result = await fetchPage(items.length, options.cap)
    items.push(...result)
    if (result.length < options.cap) return items
  }
}

/** The keyset endpoint is missing or switched off ("keyset pagination is not configured"): the offset list works. */
export function keysetUnavailable(error: unknown): boolean {
  if (!(error instanceof AppError)) return false
  const status = error.context.status
  return (error.kind === 'NotFound' && status === 404) || (error.kind === 'UpstreamUnavailable' && status === 503)
}

function tooManyPages(options: WalkOptions): AppError {
  return upstreamUnavailable('upstream.too_many_pages', { context: { path: options.path, maxPages: options.maxPages } })
}
