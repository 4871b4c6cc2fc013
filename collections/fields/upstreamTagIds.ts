import type { NumberField } from 'payload'

/**
 * Upstream (Gamma) tag ids, as the upstream numbers them, picked by label in the admin. Whether each exists upstream
 * is checked when the document is published (`ExploreTags/hooks/checkMarketData.ts`), not on every draft save.
 */
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
    admin: {
      description,
      components: { afterInput: ['/src/components/admin/UpstreamTagPicker#UpstreamTagPicker'] },
    },
    validate: (value: unknown, { data }: { data: Record<string, unknown> }) => {
      const ids = Array.isArray(value) ? (value as unknown[]) : []
      if (ids.some((id) => typeof id !== 'number' || !Number.isInteger(id) || id <= 0)) return 'Upstream tag ids are positive whole numbers.'
      return requirement?.(ids as number[], data ?? {}) ?? true
    },
  }
}
