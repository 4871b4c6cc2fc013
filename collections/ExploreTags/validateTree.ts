/**
 * Save-time rules of the explore tree: no cycles and at most 3 levels below a root, checked for the whole subtree
 * being moved. One query reads every tag's parent; the walk is in memory.
 */
import type { PayloadRequest } from 'payload'

export const MAX_DEPTH_BELOW_ROOT = 3

type Id = string | number

const idOf = (value: unknown): Id | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in (value as object)) return (value as { id: Id }).id
  return value as Id
}

/** The problem with putting tag `id` (undefined when new) under `parent`, or null when the tree stays valid. */
export function treePlacementProblem(parents: Map<string, string | null>, id: Id | undefined, parent: Id | null): string | null {
  if (parent === null) return null
  const self = id === undefined ? '__new__' : String(id)
  const tree = new Map(parents)
  tree.set(self, String(parent))
  if (!tree.has(String(parent))) return 'The parent tag does not exist.'

  let depth = 0
  const seen = new Set<string>([self])
  for (let node = tree.get(self) ?? null; node !== null; node = tree.get(node) ?? null) {
    if (seen.has(node)) return 'This parent would make a cycle: a tag cannot sit below itself.'
    seen.add(node)
    depth++
  }

  const children = new Map<string, string[]>()
  for (const [child, p] of tree) if (p !== null) children.set(p, [...(children.get(p) ?? []), child])
  const height = (node: string): number => Math.max(0, ...(children.get(node) ?? []).map((child) => 1 + height(child)))
  const deepest = depth + height(self)
  if (deepest > MAX_DEPTH_BELOW_ROOT) {
    return `Too deep: the tree allows ${MAX_DEPTH_BELOW_ROOT} levels below a root, and this placement makes ${deepest}.`
  }
  return null
}

/** Payload `validate` for the `parent` field. */
export async function validateParent(value: unknown, { req, id }: { req: PayloadRequest; id?: Id }): Promise<true | string> {
  const parent = idOf(value)
  if (parent === null) return true
  if (id !== undefined && String(parent) === String(id)) return 'A tag cannot be its own parent.'
  const { docs } = await req.payload.find({
    collection: 'explore-tags',
    depth: 0,
    pagination: false,
    select: { parent: true },
    overrideAccess: true,
    req,
  })
  const parents = new Map<string, string | null>(docs.map((doc) => [String(doc.id), idOf(doc.parent) === null ? null : String(idOf(doc.parent))]))
  return treePlacementProblem(parents, id, parent) ?? true
}
