/** Save-time check that explore-tag filters name upstream tags that exist (through the cached tag list). */
import type { PayloadRequest } from 'payload'

import { internal, isAppError, unprocessable } from '../errors'
import { currentServices } from '../root'

/** The ids in `ids` the upstream does not know. Seeding (whose ids come from the bundled catalog) skips the call. */
export async function unknownUpstreamTagIds(req: Pick<PayloadRequest, 'context'>, ids: number[]): Promise<number[]> {
  if (req.context?.skipUpstreamCheck) return []
  // Through the composition root, which this module cannot import (the root imports the Payload config, which
  // imports the collections that call this); scripts that save explore tags without one seed with the check off.
  const markets = currentServices()?.markets
  if (!markets) throw internal('content.no_market_data', { detail: 'Upstream tag ids cannot be checked in this process.' })
  let known: Set<number>
  try {
    known = await markets.tagIds()
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
