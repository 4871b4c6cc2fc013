/**
 * What the live stream sends: each event type and its data, as zod schemas. The bus's `publish` accepts only these
 * types with their data, and the OpenAPI document describes the frames from the same schemas (`LiveFrame`).
 */
import { z } from 'zod'

const instant = z.iso.datetime().describe('When the message was published, UTC ISO-8601.')

export const configPublishedSchema = z
  .union([
    z.object({
      collection: z.string().describe('The content collection, e.g. `explore-tags`, or `releases` for a release.'),
      id: z.union([z.string(), z.number()]).describe('The document’s (or release’s) id.'),
      configVersion: z.number().int().positive().optional().describe('The config version it committed as; responses carry theirs in `X-Config-Version`.'),
      release: z.number().int().positive().optional().describe('Set when a release was published or reverted: its id (every document in it changed at once).'),
    }),
    z.object({ reconnected: z.literal(true).describe('Publishes may have been missed while this replica was disconnected from Postgres: refetch.') }),
  ])
  .describe('Published configuration changed: refetch the screens it may affect.')

const decimalString = z.string().regex(/^-?\d+(?:\.\d+)?$/).describe('An exact decimal, e.g. `0.535`.')

export const changedMarketSchema = z.object({
  id: z.string().describe('The upstream market id (as in the event page’s markets).'),
  closed: z.boolean(),
  outcomes: z.array(z.string()),
  prices: z.array(decimalString).describe('One price per outcome, in the order of `outcomes`: the probability, 0 to 1.'),
})

export const marketChangedSchema = z
  .object({
    slug: z.string().describe('The event’s slug.'),
    closed: z.boolean(),
    live: z.boolean(),
    ended: z.boolean().describe('The game is over (the markets may not be settled yet).'),
    score: z.string().nullable(),
    period: z.string().nullable().describe('The upstream’s period code, e.g. `2H`.'),
    elapsed: z.string().nullable().describe('The game clock as the upstream gives it.'),
    markets: z.array(changedMarketSchema).describe('The markets whose prices or status changed, with their new prices; empty when only the game state did.'),
  })
  .describe('An event’s markets or game state changed: apply the new prices and state; the event page and feeds read after it show them.')

/** Event types with data, by name: what `LiveBus.publish` accepts. */
export const LIVE_EVENTS = {
  'config.published': configPublishedSchema,
  'market.changed': marketChangedSchema,
} as const

export type LiveEventType = keyof typeof LIVE_EVENTS
export type LiveEventData<T extends LiveEventType> = z.output<(typeof LIVE_EVENTS)[T]>

/** The frames a client parses: `event` names the type, `data` is JSON (`{ topic, at, data }` for published messages). */
const published = <T extends LiveEventType>(event: T) =>
  z.object({
    id: z.string().describe('Resume after it with `Last-Event-ID`.'),
    event: z.literal(event),
    data: z.object({
      topic: z.string().describe('`config`, `event:{slug}` or `tag:{upstream tag id}` (explore tags and `world-cup` are delivered on their upstream tags).'),
      seq: z.number().int().min(1).describe('Increases by one per message on the topic: a jump means a missed message (refetch, or resume with `Last-Event-ID`).'),
      at: instant,
      data: LIVE_EVENTS[event],
    }),
  })

const control = (event: string, description: string) => z.object({ event: z.literal(event), data: z.object({}).strict() }).describe(description)

export const liveFrameSchema = z
  .discriminatedUnion('event', [
    published('config.published'),
    published('market.changed'),
    control('resync', 'This replica no longer holds the messages after Last-Event-ID: refetch, then carry on.'),
    control('reconnect', 'The stream reached its maximum duration: reconnect after the `retry:` hint.'),
    control('shutdown', 'The replica is stopping: reconnect after the `retry:` hint (another replica answers).'),
  ])
  .describe('One Server-Sent Events frame of `/live`, with its `data` parsed as JSON. New event types can appear: ignore unknown ones.')
