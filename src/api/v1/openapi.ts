/** The OpenAPI 3.1 document of the mobile API, generated from the zod schemas the routes parse and the screens build. */
import { z } from 'zod'

import { PLATFORMS } from '../../domain/platform'
import { problemSchema } from '../../http/problemSchema'
import { eventPageSchema, exploreTreeSchema, feedPageSchema, searchViewSchema, worldCupGroupPageSchema, worldCupPageSchema } from '../../screens/schemas'
import { activityBatchSchema, activityInputSchema } from '../../rewards/activityInput'
import { ingestBatchResultSchema, ingestSingleResultSchema, leaderboardPageSchema, walletSummarySchema } from '../../rewards/views'
import { feedQuery, leaderboardQuery, searchQuery, walletQuery } from './queries'

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output' })

const clientHeaders = [
  { name: 'X-Platform', in: 'header', required: false, schema: { type: 'string', enum: [...PLATFORMS] } },
  { name: 'X-App-Version', in: 'header', required: false, schema: { type: 'string', description: 'semver, e.g. 4.2.0' } },
  { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
]

const queryParameters = (schema: z.ZodObject) => {
  const shape = json(schema) as { properties?: Record<string, unknown>; required?: string[] }
  return Object.entries(shape.properties ?? {}).map(([name, property]) => ({ name, in: 'query', required: shape.required?.includes(name) ?? false, schema: property }))
}

const pathParameter = (name: string, pattern: string) => ({ name, in: 'path', required: true, schema: { type: 'string', pattern } })

const errors = {
  '304': { description: 'Not modified (If-None-Match matched the ETag).' },
  '400': { description: 'Bad request: unknown or malformed parameter or header.', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
  '404': { description: 'Not found.', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
  '503': { description: 'Market data unavailable.', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
}

const get = (summary: string, schemaName: string, parameters: unknown[] = []) => ({
  get: {
    summary,
    parameters: [...parameters, ...clientHeaders],
    responses: { '200': { description: 'OK (ETag, Cache-Control and Vary set).', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } } }, ...errors },
  },
})

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } })
const ref = (name: string) => ({ schema: { $ref: `#/components/schemas/${name}` } })

const postActivities = {
  post: {
    summary: 'Report activities (one, or a batch of up to 500); scored by the published reward rules',
    security: [{ apiKey: [] }],
    parameters: [
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
        description: 'The same key for every retry of one request: a retry replays the first answer (200); the key with another body is a 409.',
      },
    ],
    requestBody: { required: true, content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/ActivityInput' }, { $ref: '#/components/schemas/ActivityBatch' }] } } } },
    responses: {
      '201': { description: 'Recorded and scored.', content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/IngestSingleResult' }, { $ref: '#/components/schemas/IngestBatchResult' }] } } } },
      '200': { description: 'A retry: the first answer, byte for byte (Idempotent-Replayed: true).', content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/IngestSingleResult' }, { $ref: '#/components/schemas/IngestBatchResult' }] } } } },
      '400': problem('No Idempotency-Key, or a body that is not JSON.'),
      '401': problem('Missing, unknown or revoked API key.'),
      '409': problem('The Idempotency-Key was used with a different body.'),
      '413': problem('More than 500 activities, or a body over 1 MiB.'),
      '422': problem('An activity is invalid (type, address, decimal amount, time).'),
      '429': problem('Over 600 requests in 10 s from one address (Retry-After says when to retry).'),
    },
  },
}

export const VIEW_SCHEMAS = {
  ExploreTree: exploreTreeSchema,
  FeedPage: feedPageSchema,
  EventPage: eventPageSchema,
  WorldCupPage: worldCupPageSchema,
  WorldCupGroupPage: worldCupGroupPageSchema,
  SearchView: searchViewSchema,
  LeaderboardPage: leaderboardPageSchema,
  WalletSummary: walletSummarySchema,
  IngestSingleResult: ingestSingleResultSchema,
  IngestBatchResult: ingestBatchResultSchema,
  Problem: problemSchema,
} as const

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'Playbook mobile API', version: '1.0.0', description: 'Discovery screens: published CMS configuration merged with cached market data.' },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/explore': get('The explore tag tree visible to this client', 'ExploreTree'),
      '/explore/{tag}/events': get('One page of a tag’s feed', 'FeedPage', [pathParameter('tag', '^[a-z0-9]+(?:-[a-z0-9]+)*$'), ...queryParameters(feedQuery)]),
      '/events/{slug}': get('One event with its markets in sections', 'EventPage', [pathParameter('slug', '^[a-z0-9]+(?:-[a-z0-9]+)*$')]),
      '/world-cup': get('The World Cup 2026 page', 'WorldCupPage'),
      '/world-cup/groups/{letter}': get('One World Cup group', 'WorldCupGroupPage', [pathParameter('letter', '^[A-La-l]$')]),
      '/search': get('Tags, events and profiles matching q', 'SearchView', queryParameters(searchQuery)),
      '/leaderboard': get('One page of a season’s leaderboard', 'LeaderboardPage', queryParameters(leaderboardQuery)),
      '/rewards/wallets/{address}': get('A wallet’s owner, points, rank and breakdown in a season', 'WalletSummary', [pathParameter('address', '^0x[0-9a-fA-F]{40}$'), ...queryParameters(walletQuery)]),
      '/rewards/activities': postActivities,
    },
    components: {
      schemas: {
        ...Object.fromEntries(Object.entries(VIEW_SCHEMAS).map(([name, schema]) => [name, json(schema)])),
        ActivityInput: z.toJSONSchema(activityInputSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
        ActivityBatch: z.toJSONSchema(activityBatchSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
      },
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key an admin created (Rewards › API keys).' } },
    },
  }
}
