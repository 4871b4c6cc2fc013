/** Market data and the warning store for content checks, reached through the composition root the collections cannot import. */
import type { PayloadRequest } from 'payload'

import { internal } from '../errors'
import type { MarketStore } from '../markets/store'
import { currentServices } from '../root'
import type { WarningStore } from './publishWarnings'

export interface CheckServices {
  markets: MarketStore
  warnings: WarningStore
}

/**
 * What a publish-time check reads market data through, or null when the save skips the checks (seeding, whose ids
 * come from the bundled catalog, passes `context.skipUpstreamCheck`).
 */
export function marketDataForChecks(req: Pick<PayloadRequest, 'context'>): CheckServices | null {
  if (req.context?.skipUpstreamCheck) return null
  // Through the composition root, which this module cannot import statically (the root imports the Payload config,
  // which imports the collections that call this); scripts that publish explore tags without one seed with the check off.
  const services = currentServices()
  if (!services) throw internal('content.no_market_data', { detail: 'Market data cannot be checked in this process.' })
  return { markets: services.markets, warnings: { redis: services.redis, prefix: services.config.REDIS_KEY_PREFIX } }
}
