/**
 * The OpenAPI 3.1 document of the mobile API, generated from the zod schemas the routes parse and the screens build.
 * Shapes shared by several screens are named components (`#/components/schemas/Team`, the recursive `ExploreNode`),
 * every operation has an id, tags and its security, and every response its headers. `npm run openapi` writes it to
 * `openapi/openapi.json` with the client types generated from it; CI lints it (Redocly) and fails on drift.
 */
import { z } from 'zod'

import { ODDS_FORMATS } from '../../display/odds'
import { liveFrameSchema } from '../../live/events'
import { errorCatalogueMarkdown } from './errorCatalogue'
import demoExamples from './examples.json'
import { PLATFORMS } from '../../domain/platform'
import { problemSchema } from '../../http/problemSchema'
import { slugParam } from '../../http/query'
import { activityBatchSchema, activityInputSchema } from '../../rewards/activityInput'
import {
  activityScoreSchema,
  ingestBatchResultSchema,
  ingestSingleResultSchema,
  leaderboardEntrySchema,
  leaderboardPageSchema,
  recordedActivitySchema,
  seasonViewSchema,
  walletSummarySchema,
} from '../../rewards/views'
import {
  decimalStringSchema,
  displayMarketSchema,
  eventPageSchema,
  eventSectionSchema,
  exploreNodeSchema,
  exploreTreeSchema,
  feedEventSchema,
  feedPageSchema,
  gameStateSchema,
  marketGroupSchema,
  outcomeSchema,
  searchTagSchema,
  searchViewSchema,
  tableRowSchema,
  teamViewSchema,
  worldCupGroupPageSchema,
  worldCupMatchSchema,
  worldCupPageSchema,
} from '../../screens/schemas'
import { addressParam, feedQuery, groupLetterParam, leaderboardQuery, searchQuery, walletQuery } from './queries'

/** Response shapes, by component name. */
export const OUTPUT_COMPONENTS = {
  DecimalString: decimalStringSchema,
  Outcome: outcomeSchema,
  Market: displayMarketSchema,
  Team: teamViewSchema,
  GameState: gameStateSchema,
  ExploreNode: exploreNodeSchema,
  ExploreTree: exploreTreeSchema,
  FeedEvent: feedEventSchema,
  FeedPage: feedPageSchema,
  MarketGroup: marketGroupSchema,
  EventSection: eventSectionSchema,
  EventPage: eventPageSchema,
  WorldCupMatch: worldCupMatchSchema,
  TableRow: tableRowSchema,
  WorldCupPage: worldCupPageSchema,
  WorldCupGroupPage: worldCupGroupPageSchema,
  SearchTag: searchTagSchema,
  SearchView: searchViewSchema,
  Season: seasonViewSchema,
  ActivityScore: activityScoreSchema,
  RecordedActivity: recordedActivitySchema,
  LeaderboardEntry: leaderboardEntrySchema,
  LeaderboardPage: leaderboardPageSchema,
  WalletSummary: walletSummarySchema,
  IngestSingleResult: ingestSingleResultSchema,
  IngestBatchResult: ingestBatchResultSchema,
  Problem: problemSchema,
  LiveFrame: liveFrameSchema,
} as const

/** Request bodies, by component name (their input form: before defaults and transforms). */
const INPUT_COMPONENTS = { ActivityInput: activityInputSchema, ActivityBatch: activityBatchSchema } as const

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

/** Every schema of a registry, with references between them by component name (recursion included). */
function componentSchemas(components: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, unknown> {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', unrepresentable: 'any', io, uri: (id) => `#/components/schemas/${id}` })
  // Each component is a schema of the document, not a JSON Schema resource of its own.
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutMeta(schema as Record<string, unknown>)]))
}

function withoutMeta(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, $id: _id, id: _name, ...rest } = schema
  return rest
}

const header = (description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ description, schema })

const HEADERS = {
  'X-Trace-Id': header('The request’s trace id (W3C, 32 hex digits), also in every log line and problem body.'),
  'X-Config-Version': header('The config version the response was built from: one number per committed publish (document, release, revert or restore), increasing. Equal numbers mean the same configuration.', { type: 'string', pattern: '^[0-9]+$' }),
  ETag: header('A strong validator of the body; send it back in If-None-Match.'),
  'Cache-Control': header('How long the response may be reused: `public, max-age=…, stale-while-revalidate=…`.'),
  Vary: header('The request headers that change the body: `Origin, X-Platform, X-App-Version, X-Odds-Format, X-Install-Id`, and the CDN’s country header when one is configured (e.g. `cf-ipcountry`).'),
  Warning: header('`110 - "Response is Stale"` when built from market data past its freshness (a refresh is due or failing).'),
  'Retry-After': header('Seconds to wait before retrying.', { type: 'integer', minimum: 0 }),
  'Idempotent-Replayed': header('`true` when this is the first answer to an earlier request with the same Idempotency-Key.', { type: 'string', enum: ['true', 'false'] }),
}
const headers = (...names: (keyof typeof HEADERS)[]) => Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]))

/** Examples captured from the demo content (`npm run openapi:examples`), by component name. */
const examples = (name: keyof typeof OUTPUT_COMPONENTS) =>
  name in demoExamples ? { examples: { demo: { summary: 'From the demo content', value: demoExamples[name as keyof typeof demoExamples] } } } : {}

export const ACTIVITY_EXAMPLES = {
  single: { summary: 'One activity', value: { type: 'trade', wallet: '0x8ba1f109551bd432803012645ac136ddd64dba72', occurredAt: '2026-11-10T12:00:00Z', amount: '25.50', ref: 'trade-88121' } },
  batch: {
    summary: 'A batch (up to 500)',
    value: {
      activities: [
        { type: 'deposit', wallet: '0x8ba1f109551bd432803012645ac136ddd64dba72', occurredAt: '2026-11-10T11:58:00Z', amount: '100', ref: 'dep-5521' },
        { type: 'prediction_won', wallet: '0x8ba1f109551bd432803012645ac136ddd64dba72', occurredAt: '2026-11-10T21:30:00Z', ref: 'arg-bra-2026-11-10' },
      ],
    },
  },
}

const problem = (description: string, ...extra: (keyof typeof HEADERS)[]) => ({
  description,
  headers: headers('X-Trace-Id', 'X-Config-Version', ...extra),
  content: { 'application/problem+json': { schema: ref('Problem') } },
})

const RESPONSES = {
  NotModified: { description: 'Not modified: If-None-Match named the current ETag.', headers: headers('X-Trace-Id', 'X-Config-Version', 'ETag', 'Cache-Control', 'Vary') },
  BadRequest: { ...problem('Bad request: an unknown or malformed parameter or header.'), content: { 'application/problem+json': { schema: ref('Problem'), ...examples('Problem') } } },
  NotFound: problem('Not found.'),
  TooManyRequests: problem('Too many requests from this client (or the market-data budget is spent); retry after Retry-After.', 'Retry-After'),
  Unavailable: problem('Market data (or the database) is unavailable; retry after Retry-After.', 'Retry-After'),
}
const standard = (...codes: ('304' | '400' | '404' | '429' | '503')[]) => {
  const byCode = { '304': 'NotModified', '400': 'BadRequest', '404': 'NotFound', '429': 'TooManyRequests', '503': 'Unavailable' } as const
  return Object.fromEntries(codes.map((code) => [code, { $ref: `#/components/responses/${byCode[code]}` }]))
}

const clientHeaders = [
  { name: 'X-Platform', in: 'header', required: false, description: 'The app’s platform; unset: content restricted by platform is hidden.', schema: { type: 'string', enum: [...PLATFORMS] } },
  { name: 'X-App-Version', in: 'header', required: false, description: 'The app’s version, semver (`4.2.0`; `4.2` reads as `4.2.0`).', schema: { type: 'string' } },
  { name: 'X-Odds-Format', in: 'header', required: false, description: 'How outcome prices are displayed (`displayPrice`): `probability` ("62%", the default), `decimal` ("1.61") or `american` ("-163"); `price` stays exact.', schema: { type: 'string', enum: [...ODDS_FORMATS] } },
  { name: 'X-Install-Id', in: 'header', required: false, description: 'The app install’s stable id (e.g. a UUID; 1 to 128 visible ASCII characters): decides partial rollouts and QA devices; unset: content in a partial rollout is hidden.', schema: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[\\x21-\\x7e]+$' } },
  { name: 'If-None-Match', in: 'header', required: false, description: 'An ETag from an earlier response: 304 when it is still current.', schema: { type: 'string' } },
]

const queryParameters = (schema: z.ZodObject) => {
  const shape = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as { properties?: Record<string, Record<string, unknown>>; required?: string[] }
  return Object.entries(shape.properties ?? {}).map(([name, property]) => {
    const { description, ...schemaOnly } = property
    return { name, in: 'query', required: shape.required?.includes(name) ?? false, ...(description ? { description } : {}), schema: schemaOnly }
  })
}

/** A path parameter described by the schema its route parses it with. */
const pathParameter = (name: string, schema: z.ZodType, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: withoutMeta(z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>),
})

interface ScreenOperation {
  operationId: string
  tag: string
  summary: string
  schema: keyof typeof OUTPUT_COMPONENTS
  parameters?: unknown[]
  errors: ('304' | '400' | '404' | '429' | '503')[]
}

const screen = ({ operationId, tag, summary, schema, parameters = [], errors }: ScreenOperation) => ({
  get: {
    operationId,
    tags: [tag],
    summary,
    security: [],
    parameters: [...parameters, ...clientHeaders],
    responses: {
      '200': { description: 'OK.', headers: headers('X-Trace-Id', 'X-Config-Version', 'ETag', 'Cache-Control', 'Vary', 'Warning'), content: { 'application/json': { schema: ref(schema), ...examples(schema) } } },
      ...standard(...errors),
    },
  },
})

const LIVE_EVENTS = `Server-Sent Events. Each frame has an \`event\` (its type) and JSON \`data\`; published messages also an
\`id\` (send the last one back as \`Last-Event-ID\` to resume) and data \`{ topic, at, data }\`. The frames, parsed, are the
\`LiveFrame\` schema: \`config.published\` on topic \`config\`; \`market.changed\` on \`event:{slug}\` and on the \`tag:{slug}\`
topics of the event's tags; \`resync\` (refetch), \`reconnect\` and \`shutdown\` (the stream ends: reconnect after the
\`retry:\` hint, possibly to another replica). Comments (\`: heartbeat\`) keep the connection open. New event types can
appear: ignore the ones you do not know.`

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Playbook mobile API',
      version: '1.0.0',
      description: `Discovery screens: published CMS configuration merged with cached market data.

## Errors

Every error is \`application/problem+json\` (RFC 9457) with a stable \`code\`; its \`type\` links to the code's entry in
[the error catalogue](/api/v1/docs/errors). New codes can appear: a client that does not know one falls back on the HTTP status.

${errorCatalogueMarkdown()}`,
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/api/v1' }],
    security: [],
    tags: [
      { name: 'Explore', description: 'The explore tree and tag feeds.' },
      { name: 'Events', description: 'One event with its markets in sections.' },
      { name: 'World Cup', description: 'The World Cup 2026 pages.' },
      { name: 'Search', description: 'Tags, events and profiles.' },
      { name: 'Rewards', description: 'Leaderboards, wallets and activity ingestion.' },
      { name: 'Live', description: 'Server-Sent Events: market changes and config publishes.' },
    ],
    paths: {
      '/explore': screen({ operationId: 'getExploreTree', tag: 'Explore', summary: 'The explore tag tree visible to this client', schema: 'ExploreTree', errors: ['304', '400', '503'] }),
      '/explore/{tag}/events': screen({
        operationId: 'getTagFeed',
        tag: 'Explore',
        summary: 'One page of a tag’s feed',
        schema: 'FeedPage',
        parameters: [pathParameter('tag', slugParam, 'An explore tag slug.'), ...queryParameters(feedQuery)],
        errors: ['304', '400', '404', '429', '503'],
      }),
      '/events/{slug}': screen({ operationId: 'getEventPage', tag: 'Events', summary: 'One event with its markets in sections', schema: 'EventPage', parameters: [pathParameter('slug', slugParam, 'An event slug.')], errors: ['304', '400', '404', '429', '503'] }),
      '/world-cup': screen({ operationId: 'getWorldCup', tag: 'World Cup', summary: 'The World Cup 2026 page', schema: 'WorldCupPage', errors: ['304', '400', '404', '429', '503'] }),
      '/world-cup/groups/{letter}': screen({
        operationId: 'getWorldCupGroup',
        tag: 'World Cup',
        summary: 'One World Cup group',
        schema: 'WorldCupGroupPage',
        parameters: [pathParameter('letter', groupLetterParam, 'A group letter, A to L.')],
        errors: ['304', '400', '404', '429', '503'],
      }),
      '/search': screen({ operationId: 'search', tag: 'Search', summary: 'Tags, events and profiles matching q', schema: 'SearchView', parameters: queryParameters(searchQuery), errors: ['304', '400', '429', '503'] }),
      '/leaderboard': screen({ operationId: 'getLeaderboard', tag: 'Rewards', summary: 'One page of a season’s leaderboard', schema: 'LeaderboardPage', parameters: queryParameters(leaderboardQuery), errors: ['304', '400', '404', '429', '503'] }),
      '/rewards/wallets/{address}': screen({
        operationId: 'getWalletSummary',
        tag: 'Rewards',
        summary: 'A wallet’s owner, points, rank and breakdown in a season',
        schema: 'WalletSummary',
        parameters: [pathParameter('address', addressParam, 'A wallet address, any case.'), ...queryParameters(walletQuery)],
        errors: ['304', '400', '404', '429', '503'],
      }),
      '/rewards/activities': {
        post: {
          operationId: 'reportActivities',
          tags: ['Rewards'],
          summary: 'Report activities (one, or a batch of up to 500); scored by the published reward rules',
          security: [{ apiKey: [] }],
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              description: 'The same key for every retry of one request: a retry replays the first answer (200); the key with another body is a 409.',
              schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
            },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: { oneOf: [ref('ActivityInput'), ref('ActivityBatch')] }, examples: ACTIVITY_EXAMPLES } } },
          responses: {
            '201': { description: 'Recorded and scored.', headers: headers('X-Trace-Id', 'X-Config-Version', 'Idempotent-Replayed'), content: { 'application/json': { schema: { oneOf: [ref('IngestSingleResult'), ref('IngestBatchResult')] } } } },
            '200': { description: 'A retry: the first answer, byte for byte.', headers: headers('X-Trace-Id', 'X-Config-Version', 'Idempotent-Replayed'), content: { 'application/json': { schema: { oneOf: [ref('IngestSingleResult'), ref('IngestBatchResult')] } } } },
            '400': problem('No Idempotency-Key, or a body that is not JSON.'),
            '401': problem('Missing, unknown or revoked API key.'),
            '409': problem('The Idempotency-Key was used with a different body.'),
            '413': problem('More than 500 activities, or a body over 1 MiB.'),
            '422': problem('An activity is invalid (type, address, decimal amount, time, reference).'),
            '429': { $ref: '#/components/responses/TooManyRequests' },
            '503': { $ref: '#/components/responses/Unavailable' },
          },
        },
      },
      '/live': {
        get: {
          operationId: 'streamLiveEvents',
          tags: ['Live'],
          summary: 'Live market changes and config publishes (Server-Sent Events)',
          description: LIVE_EVENTS,
          security: [],
          parameters: [
            { name: 'topics', in: 'query', required: true, description: 'Comma-separated, up to 50: `config`, `event:{slug}`, `tag:{explore tag slug}`.', schema: { type: 'string' } },
            { name: 'Last-Event-ID', in: 'header', required: false, description: 'The last id received: missed frames are replayed.', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'The stream: frames described by `LiveFrame`.',
              headers: headers('X-Trace-Id', 'X-Config-Version'),
              content: { 'text/event-stream': { schema: { type: 'string', description: 'A stream of frames; each frame, parsed, is a `LiveFrame`.', contentSchema: ref('LiveFrame') } } },
            },
            ...standard('400', '429', '503'),
          },
        },
      },
    },
    components: {
      schemas: { ...componentSchemas(OUTPUT_COMPONENTS, 'output'), ...componentSchemas(INPUT_COMPONENTS, 'input') },
      headers: HEADERS,
      responses: RESPONSES,
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key an admin created (Rewards › API keys).' } },
    },
  }
}
