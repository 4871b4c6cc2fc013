/** Save-time check that explore-tag filters name upstream tags that exist (through the cached tag list). */
import type { PayloadRequest } from 'payload'

import { isAppError, unprocessable } from '../errors'

/** The ids in `ids` the upstream does not know. Seeding (whose ids come from the bundled catalog) skips the call. */
export async function unknownUpstreamTagIds(req: Pick<PayloadRequest, 'context'>, ids: number[]): Promise<number[]> {
  if (req.context?.skipUpstreamCheck) return []
  let known: Set<number>
  try {
    // Imported on use: the Payload config (also loaded by CLI scripts) stays free of the market-data stack.
    const { marketStore } = await import('../markets/store')
    known = await marketStore().tagIds()
  } catch (error) {
    if (isAppError(error, 'UpstreamUnavailable') || isAppError(error, 'RateLimited')) {
      throw unprocessable('content.upstream_tags_unverified', {
        detail: 'Market data is unavailable, so the upstream tag ids could not be checked. Try again in a minute.',
        cause: error,
      })
    }
    throw error
  }
  return ids.filter((id) => !known.has(id))
}
