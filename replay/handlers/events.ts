/** `/events`, `/events/keyset`, `/events/{id}`, `/events/slug/{slug}`, `/events/{id}/tags`. */
import type { Handler } from '../context'
import { filterEvents } from '../filters'
import { parseOrdering } from '../ordering'
import { keysetPage, offsetPage } from '../paging'
import { json, notFound } from '../respond'
import { withSchema } from '../shapes'
import { EVENT_ORDER_FIELDS } from '../sortFields'
import type { WireEvent } from '../wire'

const idOf = (event: WireEvent) => Number(event.id)

export const listEvents: Handler = ({ store, caps }, query) => {
  const ordering = parseOrdering(query, EVENT_ORDER_FIELDS, idOf)
  return json(offsetPage(filterEvents(query, store, { keyset: false }), query, caps.events, ordering))
}

export const keysetEvents: Handler = ({ store, caps }, query) => {
  const ordering = parseOrdering(query, EVENT_ORDER_FIELDS, idOf)
  const page = keysetPage(filterEvents(query, store, { keyset: true }), query, caps.keyset, ordering)
  return json(page.nextCursor === undefined ? { events: page.items } : { events: page.items, next_cursor: page.nextCursor })
}

export const eventById: Handler = ({ store }, _query, [id]) => {
  const event = store.eventById.get(id ?? '')
  return event ? json(withSchema('Event', event)) : notFound()
}

export const eventBySlug: Handler = ({ store }, _query, [slug]) => {
  const event = store.eventBySlug.get(slug ?? '')
  return event ? json(withSchema('Event', event)) : notFound()
}

export const eventTags: Handler = ({ store }, _query, [id]) => {
  const event = store.eventById.get(id ?? '')
  return event ? json(event.tags) : notFound()
}
