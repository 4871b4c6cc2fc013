/**
 * Publish-time checks of an explore tag against market data: the upstream tag ids it filters by exist, and the
 * events it pins exist and are still open. Only what the publish adds to the published document is checked, so
 * republishing unchanged filters never waits on market data; an unreachable upstream is a warning, not a refusal.
 */
import { isAppError } from '../errors'
import type { MarketStore } from '../markets/store'

/** The parts of an explore tag the checks read (the published row, the document being published). */
export interface CheckedFilters {
  filterTagIds?: readonly number[] | null
  filterGroups?: readonly { tagIds?: readonly number[] | null }[] | null
  pinnedEvents?: readonly string[] | null
}

/** A refusal, addressed to one field of the form (its path and the label the admin shows). */
export interface FieldProblem {
  path: string
  label: string
  message: string
}

export interface MarketCheck {
  problems: FieldProblem[]
  /** Set when market data could not be read: the publish goes through unchecked and the editor is told so. */
  warning: string | null
}

type Markets = Pick<MarketStore, 'tagIds' | 'eventBySlug'>

/**
 * Set on `req.context` by a revert or restore: a state that was published before goes back as it was, so a rollback
 * is never refused (a pinned event has settled since) or held up by market data.
 */
export const RESTORING_PUBLISHED_STATE = 'playbook.restoringPublishedState'

const unreachable = (error: unknown) => isAppError(error, 'UpstreamUnavailable') || isAppError(error, 'RateLimited')

const tagFields = (doc: CheckedFilters) => [
  { path: 'filterTagIds', label: 'Upstream tag ids', ids: doc.filterTagIds ?? [] },
  ...(doc.filterGroups ?? []).map((group, index) => ({ path: `filterGroups.${index}.tagIds`, label: `Tag group ${index + 1}: upstream tag ids`, ids: group.tagIds ?? [] })),
]

/**
 * `next` checked against market data, skipping what `published` (the live version, if any) already has. `marketsFor`
 * is called only when something is new: a publish that adds nothing needs no market data, not even a store.
 */
export async function checkAgainstMarketData(marketsFor: () => Markets, next: CheckedFilters, published: CheckedFilters | null): Promise<MarketCheck> {
  const problems: FieldProblem[] = []
  const unchecked: string[] = []

  const publishedIds = new Set(published ? tagFields(published).flatMap((field) => field.ids) : [])
  const addedTags = tagFields(next)
    .map((field) => ({ ...field, ids: field.ids.filter((id) => !publishedIds.has(id)) }))
    .filter((field) => field.ids.length > 0)
  if (addedTags.length > 0) {
    try {
      const known = await marketsFor().tagIds()
      for (const field of addedTags) {
        const unknown = field.ids.filter((id) => !known.has(id))
        if (unknown.length > 0) problems.push({ path: field.path, label: field.label, message: `Unknown upstream tag id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.` })
      }
    } catch (error) {
      if (!unreachable(error)) throw error
      unchecked.push('upstream tag ids')
    }
  }

  const publishedPins = new Set(published?.pinnedEvents ?? [])
  const addedPins = [...new Set(next.pinnedEvents ?? [])].filter((slug) => !publishedPins.has(slug))
  const pinned = addedPins.length > 0 ? await Promise.all(addedPins.map((slug) => pinnedEventProblem(marketsFor(), slug))) : []
  if (pinned.includes('unreachable')) unchecked.push('pinned events')
  const refused = pinned.filter((problem): problem is string => problem !== null && problem !== 'unreachable')
  if (refused.length > 0) problems.push({ path: 'pinnedEvents', label: 'Pinned events', message: `Pinned events: ${refused.join(' ')}` })

  const warning = unchecked.length > 0 ? `Market data was unreachable, so the ${unchecked.join(' and ')} were published unchecked.` : null
  return { problems, warning }
}

async function pinnedEventProblem(markets: Markets, slug: string): Promise<string | 'unreachable' | null> {
  try {
    const event = await markets.eventBySlug(slug)
    return event.closed ? `"${slug}" has settled.` : null
  } catch (error) {
    if (isAppError(error, 'NotFound')) return `no upstream event "${slug}".`
    if (unreachable(error)) return 'unreachable'
    throw error
  }
}
