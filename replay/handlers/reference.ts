/** Reference data: `/series`, `/series/{id}`, `/sports`, `/sports/market-types`, `/teams`, `/teams/{id}`. */
import type { Handler, RouteContext } from '../context'
import { parseOrdering } from '../ordering'
import { offsetPage } from '../paging'
import { ValidationError } from '../query'
import { json, notFound } from '../respond'
import { slimEvent } from '../shapes'
import { SERIES_ORDER_FIELDS, TEAM_ORDER_FIELDS } from '../sortFields'
import type { WireEvent, WireSeries, WireTeam } from '../wire'

/** A series as listed: with its events (slim, no markets) unless `exclude_events=true`. */
function seriesWithEvents({ store }: RouteContext, series: WireSeries, includeEvents: boolean): WireSeries & { events?: Array<Partial<WireEvent>> } {
  if (!includeEvents) return series
  const events = store.events.filter((event) => event.series?.some((candidate) => candidate.id === series.id)).map(slimEvent)
  return { ...series, events }
}

const RECURRENCES = new Set(['daily', 'weekly', 'monthly'])

export const listSeries: Handler = (ctx, query) => {
  const ordering = parseOrdering(query, SERIES_ORDER_FIELDS, (series: WireSeries) => Number(series.id))
  const slugs = new Set(query.list('slug'))
  const closed = query.bool('closed')
  const recurrence = query.string('recurrence')
  if (recurrence !== undefined && !RECURRENCES.has(recurrence)) throw new ValidationError(`invalid recurrence: ${recurrence}`)
  const series = ctx.store.series.filter(
    (candidate) =>
      (slugs.size === 0 || slugs.has(candidate.slug)) &&
      (closed === undefined || candidate.closed === closed) &&
      (recurrence === undefined || candidate.recurrence === recurrence),
  )
  const includeEvents = !(query.bool('exclude_events') ?? false)
  return json(offsetPage(series, query, ctx.caps.series, ordering).map((item) => seriesWithEvents(ctx, item, includeEvents)))
}

export const seriesById: Handler = (ctx, _query, [id]) => {
  const series = ctx.store.seriesById.get(id ?? '')
  return series ? json(seriesWithEvents(ctx, series, true)) : notFound()
}

export const listSports: Handler = ({ store }) => json(store.sports)

export const marketTypes: Handler = ({ store }) => {
  const types = new Set<string>()
  for (const { market } of store.markets) if (market.sportsMarketType) types.add(market.sportsMarketType)
  return json({ marketTypes: [...types].sort() })
}

export const listTeams: Handler = ({ store, caps }, query) => {
  const ordering = parseOrdering(query, TEAM_ORDER_FIELDS, (team: WireTeam) => team.id)
  const lower = (values: string[]) => new Set(values.map((value) => value.toLowerCase()))
  const leagues = lower(query.list('league'))
  const names = lower(query.list('name'))
  const abbreviations = lower(query.list('abbreviation'))
  const providers = new Set(query.intList('provider_id'))
  const teams = store.teams.filter(
    (team) =>
      (leagues.size === 0 || leagues.has(team.league.toLowerCase())) &&
      (names.size === 0 || names.has(team.name.toLowerCase())) &&
      (abbreviations.size === 0 || abbreviations.has(team.abbreviation.toLowerCase())) &&
      (providers.size === 0 || (team.providerId !== undefined && providers.has(team.providerId))),
  )
  return json(offsetPage(teams, query, caps.teams, ordering))
}

export const teamById: Handler = ({ store }, _query, [id]) => {
  const team = /^\d+$/.test(id ?? '') ? store.teamById.get(Number(id)) : undefined
  return team ? json(team) : notFound()
}
