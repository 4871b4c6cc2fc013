/**
 * `/public-search`: page-numbered search over event titles, team names and market questions, plus matching
 * tags with their event counts. Profiles are not part of the data set, so `profiles` is always empty.
 */
import type { Handler, RouteContext } from '../context'
import { asInstant, orderingOf } from '../ordering'
import { ValidationError } from '../query'
import { json } from '../respond'
import { EVENT_ORDER_FIELDS } from '../sortFields'
import type { WireEvent, WireMarket } from '../wire'

/** Search's `sort` values and the event fields they order by. */
const SORTS: Readonly<Record<string, string>> = {
  volume: 'volume',
  volume_24hr: 'volume24hr',
  liquidity: 'liquidity',
  competitive: 'competitive',
  closed_time: 'closedTime',
  start_date: 'startDate',
  end_date: 'endDate',
}

const STATUSES = new Set(['active', 'closed', 'all'])
const MAX_PAGE_SIZE = 100

// Built once per event (mutations change prices and status, never titles, teams or questions): a search over every event must stay
// cheap, or a burst of searches queues in the replay itself and measures the fake upstream instead of the client.
const haystacks = new WeakMap<WireEvent, string>()

function haystack(event: WireEvent): string {
  const known = haystacks.get(event)
  if (known !== undefined) return known
  const built = buildHaystack(event)
  haystacks.set(event, built)
  return built
}

function buildHaystack(event: WireEvent): string {
  const teams = (event.teams ?? []).flatMap((team) => [team.name, team.alias ?? '', team.abbreviation])
  const questions = event.markets.map((market) => market.question)
  return [event.title, event.slug, ...teams, ...questions].join('\n').toLowerCase()
}

/**
 * Open events keep only markets still open or closed within the last `keep_closed_markets` hours (none by default);
 * settled events keep all theirs.
 */
function trimMarkets(event: WireEvent, keepHours: number, now: Date): WireEvent {
  if (event.closed) return event
  const cutoff = now.getTime() - keepHours * 3_600_000
  const keep = (market: WireMarket) => !market.closed || (asInstant(market.closedTime) ?? 0) >= cutoff
  return event.markets.every(keep) ? event : { ...event, markets: event.markets.filter(keep) }
}

export const publicSearch: Handler = (ctx: RouteContext, query) => {
  const q = query.string('q')?.trim()
  if (!q) throw new ValidationError('q is required')
  const pageSize = Math.min(query.int('limit_per_type') ?? 10, MAX_PAGE_SIZE)
  const page = query.int('page') ?? 1
  if (pageSize < 1) throw new ValidationError('limit_per_type must be >= 1')
  if (page < 1) throw new ValidationError('page must be >= 1')
  const status = query.string('events_status') ?? 'all'
  if (!STATUSES.has(status)) throw new ValidationError(`invalid events_status: ${status}`)
  const sortName = query.string('sort') ?? 'volume'
  const sortField = SORTS[sortName]
  if (!sortField) throw new ValidationError(`invalid sort: ${sortName}`)
  const ascending = query.bool('ascending') ?? false
  const keepHours = query.int('keep_closed_markets') ?? 0
  const eventTags = query.list('events_tag')
  const excluded = new Set(query.intList('exclude_tag_id'))

  const terms = q.toLowerCase().split(/\s+/)
  const { store } = ctx
  const tagFilter = eventTags.map((value) => (/^\d+$/.test(value) ? Number(value) : Number(store.tagBySlug.get(value)?.id ?? NaN)))
  const matches = store.events.filter((event) => {
    if (status === 'active' && event.closed) return false
    if (status === 'closed' && !event.closed) return false
    const tags = store.tagIdsOf(event)
    if (tagFilter.length && !tagFilter.some((id) => tags.has(id))) return false
    for (const id of excluded) if (tags.has(id)) return false
    const text = haystack(event)
    return terms.every((term) => text.includes(term))
  })
  matches.sort(orderingOf(EVENT_ORDER_FIELDS, [sortField], ascending, (event) => Number(event.id)).compare)
  const start = (page - 1) * pageSize
  const events = matches.slice(start, start + pageSize).map((event) => trimMarkets(event, keepHours, ctx.now()))

  const searchTags = query.bool('search_tags') ?? true
  const tags = searchTags
    ? store.tags
        .filter((tag) => terms.every((term) => tag.label.toLowerCase().includes(term) || tag.slug.includes(term)))
        .slice(0, pageSize)
        .map((tag) => ({ id: tag.id, label: tag.label, slug: tag.slug, event_count: store.eventsByTag.get(Number(tag.id))?.length ?? 0 }))
    : []

  return json({
    events,
    tags,
    profiles: [],
    pagination: { hasMore: start + pageSize < matches.length, totalResults: matches.length },
  })
}
