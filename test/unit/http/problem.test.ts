import { describe, expect, it, vi } from 'vitest'

import { AppError, badRequest, isAppError, notFound, rateLimited, toAppError } from '@/errors'
import { route } from '@/http/handler'
import { PROBLEM_CONTENT_TYPE, problemBody } from '@/http/problem'
import { logger } from '@/log/logger'

describe('error model', () => {
  it('maps each kind to its HTTP status', () => {
    expect(badRequest('request.invalid_parameter').status).toBe(400)
    expect(notFound('route.not_found').status).toBe(404)
    expect(rateLimited('search.rate_limited').status).toBe(429)
    expect(new AppError('UpstreamUnavailable', { code: 'upstream.timeout' }).status).toBe(503)
    expect(toAppError(new Error('boom')).status).toBe(500)
  })

  it('never sends an internal error detail to clients', () => {
    const error = toAppError(new Error('password=hunter2 in SQL'))
    const body = problemBody(error, 'trace')
    expect(body).toEqual({
      type: '/api/v1/docs/errors#internal.unexpected',
      title: 'Internal Server Error',
      status: 500,
      code: 'internal.unexpected',
      traceId: 'trace',
    })
    expect(JSON.stringify(body)).not.toContain('hunter2')
  })
})

describe('route boundary', () => {
  it('turns a thrown AppError into problem+json with the trace id from traceparent', async () => {
    const handler = route(() => {
      throw rateLimited('search.rate_limited', { detail: 'Slow down', retryAfterSeconds: 2.2 })
    })
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736'
    const response = await handler(
      new Request('http://x/api/v1/search', { headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } }),
      {},
    )
    expect(response.status).toBe(429)
    expect(response.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE)
    expect(response.headers.get('retry-after')).toBe('3')
    expect(await response.json()).toMatchObject({ status: 429, code: 'search.rate_limited', detail: 'Slow down', traceId })
  })

  it('turns an unexpected throw into a 500 with a fresh trace id', async () => {
    const response = await route(async () => {
      throw new TypeError('x is undefined')
    })(new Request('http://x/api/v1/explore'), {})
    const body = (await response.json()) as { traceId: string; status: number }
    expect(response.status).toBe(500)
    expect(body.traceId).toMatch(/^[\da-f]{32}$/)
    expect(response.headers.get('x-trace-id')).toBe(body.traceId)
  })

  it('logs a 5xx once, at error, with its cause, code, context and the request', async () => {
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined)
    try {
      const cause = new TypeError('x is undefined')
      await route(async () => {
        throw cause
      })(new Request('http://x/api/v1/explore'), {})
      expect(error).toHaveBeenCalledTimes(1)
      const [entry] = error.mock.calls[0] as unknown as [Record<string, unknown>]
      expect(entry).toMatchObject({ kind: 'Internal', code: 'internal.unexpected', status: 500, instance: '/api/v1/explore', err: cause })
    } finally {
      error.mockRestore()
    }
  })

  it('passes a successful response through with its trace id header', async () => {
    const response = await route(() => new Response('ok'))(new Request('http://x/'), {})
    expect(await response.text()).toBe('ok')
    expect(response.headers.get('x-trace-id')).toMatch(/^[\da-f]{32}$/)
  })
})

describe('errors from elsewhere', () => {
  it('maps an unreachable database (socket codes, pg messages, nested causes) to a retryable 503', () => {
    for (const thrown of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('timeout exceeded when trying to connect'),
      new Error('query failed', { cause: Object.assign(new Error('terminating'), { code: '57P01' }) }),
    ]) {
      expect(toAppError(thrown)).toMatchObject({ kind: 'Unavailable', code: 'db.unavailable', status: 503, retryAfterSeconds: 5 })
    }
    expect(toAppError(Object.assign(new Error('duplicate key'), { code: '23505' }))).toMatchObject({ kind: 'Internal', code: 'internal.unexpected' })
    expect(toAppError('a string')).toMatchObject({ kind: 'Internal' })
  })

  it('recognises an AppError from another copy of the module by its brand, and filters by kind', () => {
    const local = notFound('route.not_found', { detail: 'gone' })
    expect(local.message).toBe('gone')
    expect(notFound('route.not_found').message).toBe('route.not_found')
    expect(local.name).toBe('NotFoundError')
    expect(isAppError(local)).toBe(true)
    expect(isAppError(local, 'NotFound')).toBe(true)
    expect(isAppError(local, 'BadRequest')).toBe(false)
    const foreign = { [Symbol.for('playbook.app-error')]: true, kind: 'Conflict' }
    expect(isAppError(foreign, 'Conflict')).toBe(true)
    expect(isAppError({ kind: 'Conflict' })).toBe(false)
    expect(isAppError(null)).toBe(false)
    expect(toAppError(local)).toBe(local)
  })
})
