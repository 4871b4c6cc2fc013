import type { PayloadRequest, Where } from 'payload'

type Id = string | number

/**
 * A validate function that rejects a second document with the same values in `fields` (e.g. one display rule per
 * sport and market kind). One query, counting the other documents that match.
 */
export function uniqueCombination(collection: 'market-display-rules' | 'props-vocabulary', fields: string[], message: string) {
  return async (_value: unknown, { data, req, id }: { data: Record<string, unknown>; req: PayloadRequest; id?: Id }): Promise<true | string> => {
    const and: Where[] = fields.map((field) => {
      const raw = data?.[field]
      const value = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: Id }).id : raw
      return value === undefined || value === null || value === '' ? { [field]: { exists: false } } : { [field]: { equals: value } }
    })
    if (id !== undefined) and.push({ id: { not_equals: id } })
    const { totalDocs } = await req.payload.count({ collection, where: { and }, overrideAccess: true, req })
    return totalDocs === 0 ? true : message
  }
}
