/** Request limits of the embeds: per reader of one partner's widgets, and per partner for what its widgets make the server build. */
import type { RateLimit } from '../http/rateLimit'

/**
 * Requests one reader (client address) makes to one partner's widgets per 10 s: a page of a few widgets loads each
 * view once and again after each change burst; a reload loop is refused long before it costs anything.
 */
export const EMBED_READER_LIMIT: RateLimit = { name: 'embed', limit: 300, windowMs: 10_000 }

/**
 * Response-cache builds all of one partner's widgets may cause per 10 s (on top of each reader's miss limit): a
 * partner's page with many distinct views cannot spend the upstream budget the app needs.
 */
export const EMBED_MISS_LIMIT: RateLimit = { name: 'embed-partner', limit: 600, windowMs: 10_000 }
