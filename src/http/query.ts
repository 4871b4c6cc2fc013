/** Strict query parsing: every route declares its parameters; an unknown or malformed one is a 400. */
import { z } from 'zod'

import { badRequest } from '../errors'
import { derivedFrom } from '../utilities/derivedFrom'

/**
 * Each route's strict schema, made once: `strict()` returns a new schema, and zod compiles a schema's parser on its
 * first use, so a strict copy made per request would be compiled per request.
 */
const strictOf = derivedFrom((schema: z.ZodObject): z.ZodObject => schema.strict())

export function parseQuery<S extends z.ZodObject>(url: URL, schema: S): z.infer<S> {
  // No prototype: a parameter named `constructor` or `__proto__` is just an unknown parameter.
  const raw: Record<string, string> = Object.create(null)
  for (const [key, value] of url.searchParams) {
    if (Object.hasOwn(raw, key)) throw badRequest('request.repeated_parameter', { detail: `Query parameter "${key}" is given more than once.` })
    raw[key] = value
  }
  const parsed = strictOf(schema).safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const unknown = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : null
    throw badRequest(unknown ? 'request.unknown_parameter' : 'request.invalid_parameter', {
      detail: unknown ? `Unknown query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.` : `${issue.path.join('.') || 'query'}: ${issue.message}`,
      context: { issues: parsed.error.issues },
    })
  }
  return parsed.data as z.infer<S>
}

/** A path segment such as a slug: lower-case letters, digits and hyphens. */
export const slugParam = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug').max(200)

export function parseParam<T>(value: unknown, schema: z.ZodType<T>, name: string): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw badRequest('request.invalid_path', { detail: `${name}: ${parsed.error.issues[0]?.message ?? 'invalid'}` })
  return parsed.data
}
