/** `/markets`, `/markets/keyset`, `/markets/{id}`, `/markets/slug/{slug}`, `/markets/{id}/tags`. */
import type { Handler } from '../context'
import type { MarketEntry } from '../dataset'
import { filterMarkets } from '../filters'
import { parseOrdering } from '../ordering'
import { keysetPage, offsetPage } from '../paging'
import { json, notFound } from '../respond'
import { marketWithEvent, withSchema } from '../shapes'
import { MARKET_ORDER_FIELDS } from '../sortFields'

const idOf = (entry: MarketEntry) => Number(entry.market.id)

export const listMarkets: Handler = ({ store, caps }, query) => {
  const ordering = parseOrdering(query, MARKET_ORDER_FIELDS, idOf)
  const includeTags = query.bool('include_tag') ?? false
  const page = offsetPage(filterMarkets(query, store, { keyset: false }), query, caps.markets, ordering)
  return json(page.map((entry) => marketWithEvent(entry, includeTags)))
}

export const keysetMarkets: Handler = ({ store, caps }, query) => {
  const ordering = parseOrdering(query, MARKET_ORDER_FIELDS, idOf)
  const includeTags = query.bool('include_tag') ?? false
  const page = keysetPage(filterMarkets(query, store, { keyset: true }), query, caps.keyset, ordering)
  const markets = page.items.map((entry) => marketWithEvent(entry, includeTags))
  return json(page.nextCursor === undefined ? { markets } : { markets, next_cursor: page.nextCursor })
}

/** Single markets are reachable whatever their state, archived and inactive ones included. */
export const marketById: Handler = ({ store }, query, [id]) => {
  const entry = store.marketById.get(id ?? '')
  return entry ? json(withSchema('Market', marketWithEvent(entry, query.bool('include_tag') ?? false))) : notFound()
}

export const marketBySlug: Handler = ({ store }, query, [slug]) => {
  const entry = store.marketBySlug.get(slug ?? '')
  return entry ? json(withSchema('Market', marketWithEvent(entry, query.bool('include_tag') ?? false))) : notFound()
}

export const marketTags: Handler = ({ store }, _query, [id]) => {
  const entry = store.marketById.get(id ?? '')
  return entry ? json(entry.event.tags) : notFound()
}
