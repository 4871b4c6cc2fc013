/** A small client of the mobile API, used the way the app uses it: client headers, ETags, problem+json errors. */
import type { z } from 'zod'

export interface ApiClientOptions {
  platform?: 'ios' | 'android' | 'web'
  appVersion?: string
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { code?: string; detail?: string; traceId?: string },
  ) {
    super(`${status} ${problem.code ?? ''}: ${problem.detail ?? ''}`)
  }
}

export function apiClient(baseUrl: string, options: ApiClientOptions = {}) {
  const headers: Record<string, string> = {}
  if (options.platform) headers['x-platform'] = options.platform
  if (options.appVersion) headers['x-app-version'] = options.appVersion

  async function raw(path: string, extra: Record<string, string> = {}): Promise<Response> {
    return fetch(`${baseUrl}/api/v1${path}`, { headers: { ...headers, ...extra } })
  }

  /** GET and validate the body against the view's schema (the one the OpenAPI document is generated from). */
  async function get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
    const response = await raw(path)
    const body = await response.json()
    if (!response.ok) throw new ApiError(response.status, body as never)
    return schema.parse(body)
  }

  return { raw, get }
}
