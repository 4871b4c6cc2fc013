/**
 * Publish-time checks against market data (`src/content/marketChecks.ts`): a publish naming an unknown upstream tag
 * or a missing or settled pinned event is refused, with the error on that field; drafts and autosaves are not
 * checked. With market data unreachable the publish goes through and the warning is kept for the admin to show.
 */
import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { type CheckedFilters, checkAgainstMarketData, RESTORING_PUBLISHED_STATE } from '../../../src/content/marketChecks'
import { marketDataForChecks } from '../../../src/content/marketDataForChecks'
import { recordPublishWarning } from '../../../src/content/publishWarnings'
import { readMainBeforeSave } from '../../../src/content/track'
import { logger } from '../../../src/log/logger'
import type { ExploreTag } from '../../../src/payload-types'

const log = logger.child({ component: 'publish-checks' })

/** What the check found, handed from beforeChange (no id yet on create) to afterChange. */
const CHECKED = 'playbook.marketCheck'
interface Checked {
  warning: string | null
}

export const checkMarketData: CollectionBeforeChangeHook<ExploreTag> = async ({ req, data, originalDoc, operation, collection }) => {
  // One request can save several documents (a release): each save starts without the previous one's result.
  delete req.context[CHECKED]
  if (data._status !== 'published' || req.context?.skipUpstreamCheck || req.context?.[RESTORING_PUBLISHED_STATE]) return data
  // The main row is the published version (a draft save leaves it alone): what it already has was checked then.
  // Read once for this save: rememberPublished, next in line, takes the same row.
  const main = operation === 'update' && originalDoc?.id !== undefined ? await readMainBeforeSave<CheckedFilters & { _status?: string }>(req, collection.slug, originalDoc.id, data) : null
  const published = main?._status === 'published' ? main : null
  const next = { ...(originalDoc ?? {}), ...data } as CheckedFilters
  // Market data is reached only when something is new (a scheduled publish of unchanged filters runs without it).
  let asked = false
  const marketsFor = () => ((asked = true), marketDataForChecks(req)!.markets)
  const { problems, warning } = await checkAgainstMarketData(marketsFor, next, published)
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)
  if (warning) log.warn({ collection: collection.slug, id: originalDoc?.id, slug: data.slug }, warning)
  // Only a publish that checked something changes what the admin is told: one that added nothing keeps an older warning.
  if (asked) req.context[CHECKED] = { warning } satisfies Checked
  return data
}

/** Keeps the publish's warning for the admin (or clears an older one once a publish was checked). */
export const keepPublishWarning: CollectionAfterChangeHook<ExploreTag> = async ({ req, doc, collection }) => {
  const checked = req.context[CHECKED] as Checked | undefined
  delete req.context[CHECKED]
  const checks = checked ? marketDataForChecks(req) : null
  if (!checked || !checks) return doc
  const warning = checked.warning ? { message: checked.warning, at: new Date().toISOString() } : null
  await recordPublishWarning(checks.warnings, collection.slug, doc.id, warning).catch((error: unknown) => log.warn({ err: error }, 'publish warning not kept'))
  return doc
}
