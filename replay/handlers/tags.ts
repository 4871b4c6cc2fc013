/** `/tags`, `/tags/{id}`, `/tags/slug/{slug}` and related tags (relationship rows, or resolved to tags). */
import type { Handler, RouteContext } from '../context'
import { parseOrdering } from '../ordering'
import { offsetPage } from '../paging'
import { Query, ValidationError } from '../query'
import { json, notFound } from '../respond'
import { TAG_ORDER_FIELDS } from '../sortFields'
import type { WireRelatedTag, WireTag } from '../wire'

export const listTags: Handler = ({ store, caps }, query) => {
  const ordering = parseOrdering(query, TAG_ORDER_FIELDS, (tag: WireTag) => Number(tag.id))
  const carousel = query.bool('is_carousel')
  const tags = carousel === undefined ? store.tags : store.tags.filter((tag) => (tag.isCarousel ?? false) === carousel)
  return json(offsetPage(tags, query, caps.tags, ordering))
}

function tagFromParam({ store }: RouteContext, param: string | undefined, bySlug: boolean): WireTag | undefined {
  if (param === undefined) return undefined
  return bySlug ? store.tagBySlug.get(param) : /^\d+$/.test(param) ? store.tagById.get(Number(param)) : undefined
}

export const tagById: Handler = (ctx, _query, [id]) => {
  const tag = tagFromParam(ctx, id, false)
  return tag ? json(tag) : notFound()
}

export const tagBySlug: Handler = (ctx, _query, [slug]) => {
  const tag = tagFromParam(ctx, slug, true)
  return tag ? json(tag) : notFound()
}

const STATUSES = new Set(['active', 'closed', 'all'])

/** Relations of a tag by rank; `omit_empty` drops tags without events, `status` keeps tags with events in that state. */
function relations(ctx: RouteContext, query: Query, tag: WireTag): WireRelatedTag[] {
  const omitEmpty = query.bool('omit_empty') ?? false
  const status = query.string('status') ?? 'all'
  if (!STATUSES.has(status)) throw new ValidationError(`invalid status: ${status}`)
  const rows = ctx.store.relatedByTag.get(Number(tag.id)) ?? []
  if (!omitEmpty && status === 'all') return rows
  return rows.filter((row) => {
    const events = ctx.store.eventsByTag.get(row.relatedTagID) ?? []
    if (status === 'all') return events.length > 0
    return events.some((event) => (status === 'closed' ? event.closed : !event.closed))
  })
}

function relatedRows(bySlug: boolean): Handler {
  return (ctx, query, [param]) => {
    const tag = tagFromParam(ctx, param, bySlug)
    return tag ? json(relations(ctx, query, tag)) : notFound()
  }
}

function relatedTagObjects(bySlug: boolean): Handler {
  return (ctx, query, [param]) => {
    const tag = tagFromParam(ctx, param, bySlug)
    if (!tag) return notFound()
    const tags = relations(ctx, query, tag).flatMap((row) => {
      const related = ctx.store.tagById.get(row.relatedTagID)
      return related ? [related] : []
    })
    return json(tags)
  }
}

export const relatedTagsById = relatedRows(false)
export const relatedTagsBySlug = relatedRows(true)
export const relatedTagObjectsById = relatedTagObjects(false)
export const relatedTagObjectsBySlug = relatedTagObjects(true)
