/**
 * The mobile API's client as a client team gets it: `openapi-fetch` over the types generated from the committed
 * OpenAPI document (`openapi/schema.d.ts`), with the app's client headers. A request the contract does not allow
 * (unknown parameters, malformed headers) does not type-check here: tests of those send raw requests.
 */
import createClient from 'openapi-fetch'
import { expect } from 'vitest'
import type { z } from 'zod'

import type { components, paths } from '../../openapi/schema'

export type Schemas = components['schemas']
export type Problem = Schemas['Problem']

export interface ApiClientOptions {
  platform?: 'ios' | 'android' | 'web'
  appVersion?: string
  oddsFormat?: 'probability' | 'decimal' | 'american'
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(`${status} ${problem.code ?? ''}: ${problem.detail ?? ''}`)
  }
}

export function apiClient(baseUrl: string, options: ApiClientOptions = {}) {
  const headers: Record<string, string> = {}
  if (options.platform) headers['x-platform'] = options.platform
  if (options.appVersion) headers['x-app-version'] = options.appVersion
  if (options.oddsFormat) headers['x-odds-format'] = options.oddsFormat
  return createClient<paths>({ baseUrl: `${baseUrl}/api/v1`, headers })
}

type Result<Data> = { data?: Data; error?: unknown; response: Response }

/**
 * The body of a successful call, else an ApiError with the problem. With a schema (the zod schema the document is
 * generated from), the body is also checked at run time: the types alone would not notice a server sending more
 * or less than it documents.
 */
export async function ok<Data>(call: Promise<Result<Data>>, schema?: z.ZodType): Promise<NonNullable<Data>> {
  const { data, error, response } = await call
  if (!response.ok || data === undefined) throw new ApiError(response.status, (error ?? {}) as Partial<Problem>)
  if (schema) schema.parse(data)
  return data as NonNullable<Data>
}

/** The problem of a call expected to fail, with its status. */
export async function problemOf(call: Promise<Result<unknown>>): Promise<Partial<Problem> & { status: number }> {
  const { error, response } = await call
  if (response.ok) throw new Error(`expected a problem, got ${response.status}`)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  return { ...(error as Partial<Problem>), status: response.status }
}
