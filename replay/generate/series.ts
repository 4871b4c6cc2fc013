/** Helpers shared by the non-sports generators (crypto, finance, fixtures): dates, wording and one-event builders. */
import type { ReplayTagKey } from '../data/catalog'
import type { WireSeries } from '../wire'
import { buildEvent, type BuiltEvent } from './event'
import { REFERENCE, buildMarket, type EventContext, type IdSource, type MarketSpec } from './market'
import { Rng } from './prng'
import { tagOf } from './taxonomy'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** `June 20`, as upstream titles write dates. */
export function monthDay(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`
}

export function monthName(date: Date): string {
  return MONTHS[date.getUTCMonth()]!
}

/** A UTC instant `days` from the reference day at `hour:minute`. */
export function dayAt(days: number, hour: number, minute = 0, second = 0): Date {
  return new Date(Date.UTC(REFERENCE.getUTCFullYear(), REFERENCE.getUTCMonth(), REFERENCE.getUTCDate() + days, hour, minute, second))
}

export function thousands(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

export interface SimpleEventSpec {
  slug: string
  title: string
  description: string
  category: string
  resolutionSource: string
  image: string
  listedAt: Date
  endDate: Date
  tags: readonly ReplayTagKey[]
  series?: WireSeries
  markets: MarketSpec[]
  archived?: boolean
  negRisk?: boolean
  /** Settled even though it ends later (an early resolution). */
  forceClosed?: boolean
}

/** An event whose markets all end with it; settled when it ended before the reference time. */
export function simpleEvent(ids: IdSource, spec: SimpleEventSpec): BuiltEvent {
  const rng = new Rng(`event:${spec.slug}`)
  const closed = spec.forceClosed === true || spec.endDate.getTime() <= REFERENCE.getTime()
  const closedAt = closed && spec.endDate.getTime() > REFERENCE.getTime() ? new Date(REFERENCE.getTime() - 3_600_000) : spec.endDate
  const ctx: EventContext = {
    rng,
    ids,
    closed,
    closedAt,
    listedAt: spec.listedAt,
    endDate: spec.endDate,
    resolutionSource: spec.resolutionSource,
    image: spec.image,
  }
  const markets = spec.markets.map((market) => buildMarket(ctx, market))
  if (spec.archived) for (const built of markets) built.market.archived = true
  return buildEvent(ids, rng, {
    slug: spec.slug,
    title: spec.title,
    description: spec.description,
    category: spec.category,
    resolutionSource: spec.resolutionSource,
    image: spec.image,
    listedAt: spec.listedAt,
    endDate: spec.endDate,
    closed,
    closedAt,
    tags: spec.tags.map(tagOf),
    markets,
    ...(spec.series ? { series: [spec.series] } : {}),
    ...(spec.archived ? { archived: true } : {}),
    ...(spec.negRisk ? { negRisk: true } : {}),
  })
}
