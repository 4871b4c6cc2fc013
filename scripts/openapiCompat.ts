/**
 * What may not change within /api/v1 (README, API evolution), checked between the released contract
 * (openapi/released.json) and the current one. An app already in users' hands was generated from the released
 * document and never updates, so a change is breaking when such an app could stop working:
 * - an operation or a parameter it sends disappears (unknown parameters are a 400), or a parameter becomes
 *   required, or a value it may send is no longer accepted;
 * - a response field it reads disappears, becomes optional or nullable, or changes type; a shared shape disappears.
 * New operations, optional parameters, response fields and enum values are additions; so is `deprecated`.
 */

type Json = Record<string, any>

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const

export function breakingChanges(released: Json, current: Json): string[] {
  const problems: string[] = []
  for (const [path, item] of Object.entries<Json>(released.paths ?? {})) {
    for (const method of METHODS) {
      const before = item[method] as Json | undefined
      if (!before) continue
      const after = current.paths?.[path]?.[method] as Json | undefined
      const where = `${method.toUpperCase()} ${path}`
      if (!after) {
        problems.push(`${where}: operation removed`)
        continue
      }
      problems.push(...parameterChanges(where, before.parameters ?? [], after.parameters ?? []))
    }
  }
  const beforeSchemas = (released.components?.schemas ?? {}) as Record<string, Json>
  const afterSchemas = (current.components?.schemas ?? {}) as Record<string, Json>
  for (const [name, schema] of Object.entries(beforeSchemas)) {
    if (!afterSchemas[name]) problems.push(`schema ${name}: removed`)
    else problems.push(...schemaChanges(`schema ${name}`, schema, afterSchemas[name]))
  }
  return problems
}

function parameterChanges(where: string, before: Json[], after: Json[]): string[] {
  const problems: string[] = []
  const key = (parameter: Json) => `${parameter.in}:${String(parameter.name).toLowerCase()}`
  const afterByKey = new Map(after.map((parameter) => [key(parameter), parameter]))
  const beforeKeys = new Set(before.map(key))
  for (const parameter of before) {
    const next = afterByKey.get(key(parameter))
    if (!next) {
      problems.push(`${where}: ${parameter.in} parameter ${parameter.name} removed`)
      continue
    }
    if (next.required && !parameter.required) problems.push(`${where}: ${parameter.in} parameter ${parameter.name} became required`)
    const removed = (parameter.schema?.enum ?? []).filter((value: unknown) => next.schema?.enum && !next.schema.enum.includes(value))
    if (removed.length > 0) problems.push(`${where}: ${parameter.name} no longer accepts ${removed.join(', ')}`)
  }
  for (const parameter of after) {
    if (!beforeKeys.has(key(parameter)) && parameter.required) problems.push(`${where}: new required ${parameter.in} parameter ${parameter.name}`)
  }
  return problems
}

/** Response shapes: what a reader relies on must stay. */
function schemaChanges(where: string, before: Json, after: Json): string[] {
  const problems: string[] = []
  if (before.$ref !== undefined || after.$ref !== undefined) {
    if (before.$ref !== after.$ref) problems.push(`${where}: was ${describe(before)}, now ${describe(after)}`)
    return problems
  }
  const beforeTypes = types(before)
  const afterTypes = types(after)
  const widened = afterTypes.filter((type) => !beforeTypes.includes(type))
  if (beforeTypes.length > 0 && widened.length > 0) problems.push(`${where}: can now be ${widened.join(' or ')}`)
  for (const [name, property] of Object.entries<Json>(before.properties ?? {})) {
    const next = after.properties?.[name] as Json | undefined
    if (!next) {
      problems.push(`${where}.${name}: removed`)
      continue
    }
    if ((before.required ?? []).includes(name) && !(after.required ?? []).includes(name)) problems.push(`${where}.${name}: became optional`)
    problems.push(...schemaChanges(`${where}.${name}`, property, next))
  }
  if (before.items && after.items) problems.push(...schemaChanges(`${where}[]`, before.items, after.items))
  return problems
}

/** The JSON types a schema allows (`type`, or its `anyOf` branches' types); empty when it does not say. */
function types(schema: Json): string[] {
  if (typeof schema.type === 'string') return [schema.type]
  if (Array.isArray(schema.type)) return schema.type
  const branches = (schema.anyOf ?? schema.oneOf) as Json[] | undefined
  if (branches?.every((branch) => branch.type !== undefined || branch.$ref !== undefined)) return branches.flatMap((branch) => (branch.$ref ? [branch.$ref] : types(branch)))
  return []
}

const describe = (schema: Json) => (schema.$ref ? String(schema.$ref).split('/').pop() : types(schema).join('|') || 'a schema')
