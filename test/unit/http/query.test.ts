import { z } from 'zod'
import { describe, expect, it } from 'vitest'

import { parseParam, parseQuery, slugParam } from '@/http/query'

const schema = z.object({ limit: z.coerce.number().int().max(50).optional(), q: z.string().optional() })
const parse = (query: string) => parseQuery(new URL(`http://x/api?${query}`), schema)
const failure = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return error as { status: number; code: string; detail: string }
  }
  throw new Error('expected a failure')
}

describe('strict query parsing', () => {
  it('returns the declared parameters, parsed', () => {
    expect(parse('limit=5&q=a')).toEqual({ limit: 5, q: 'a' })
    expect(parse('')).toEqual({})
  })

  it('refuses unknown parameters by name, one or several', () => {
    expect(failure(() => parse('foo=1'))).toMatchObject({ status: 400, code: 'request.unknown_parameter', detail: 'Unknown query parameter: foo.' })
    expect(failure(() => parse('foo=1&bar=2'))).toMatchObject({ code: 'request.unknown_parameter', detail: 'Unknown query parameters: foo, bar.' })
    // No prototype: these are unknown parameters too, not properties of every object.
    expect(failure(() => parse('constructor=1'))).toMatchObject({ code: 'request.unknown_parameter' })
  })

  it('refuses a malformed value naming the parameter, and a repeated one', () => {
    expect(failure(() => parse('limit=500'))).toMatchObject({ status: 400, code: 'request.invalid_parameter', detail: expect.stringMatching(/^limit: /) })
    expect(failure(() => parse('q=a&q=b'))).toMatchObject({ status: 400, code: 'request.repeated_parameter', detail: 'Query parameter "q" is given more than once.' })
  })

  it('checks path segments with their schema', () => {
    expect(parseParam('world-cup', slugParam, 'tag')).toBe('world-cup')
    expect(failure(() => parseParam('World Cup', slugParam, 'tag'))).toMatchObject({ status: 400, code: 'request.invalid_path', detail: 'tag: must be a slug' })
    expect(failure(() => parseParam('-x', slugParam, 'tag'))).toMatchObject({ code: 'request.invalid_path' })
  })
})
