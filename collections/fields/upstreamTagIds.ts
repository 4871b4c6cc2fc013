import type { NumberField } from 'payload'

import { unknownUpstreamTagIds } from '../../src/content/upstreamTags'

/** Upstream (Gamma) tag ids, as the upstream numbers them; each must exist upstream when saved. */
export function upstreamTagIdsField(
  name: string,
  label: string,
  description: string,
  /** A rule on the whole document, e.g. "a market tag needs at least one id": a message when it fails. */
  requirement?: (ids: number[], data: Record<string, unknown>) => string | null,
): NumberField {
  return {
    name,
    label,
    type: 'number',
    hasMany: true,
    admin: { description },
    validate: async (
      value: unknown,
      { req, data, previousValue }: { req: Parameters<typeof unknownUpstreamTagIds>[0]; data: Record<string, unknown>; previousValue?: unknown },
    ) => {
      const ids = Array.isArray(value) ? (value as unknown[]) : []
      if (ids.some((id) => typeof id !== 'number' || !Number.isInteger(id) || id <= 0)) return 'Upstream tag ids are positive whole numbers.'
      const unmet = requirement?.(ids as number[], data ?? {})
      if (unmet) return unmet
      // Only ids new to this document are checked upstream: publishing unchanged filters never waits on market data.
      const previous = new Set(Array.isArray(previousValue) ? (previousValue as number[]) : [])
      const added = (ids as number[]).filter((id) => !previous.has(id))
      if (added.length === 0) return true
      const unknown = await unknownUpstreamTagIds(req, added)
      return unknown.length === 0 ? true : `Unknown upstream tag id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`
    },
  }
}
