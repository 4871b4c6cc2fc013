/**
 * Query-string parsing with the upstream's conventions: arrays as repeated keys (`id=1&id=2`, also `id[]=1`),
 * booleans as `true`/`false`, and a 422 validation error for values it cannot read.
 */

/** A request the upstream would reject with 422 `{"type":"validation error","error":…}`. */
export class ValidationError extends Error {}

export class Query {
  constructor(private readonly params: URLSearchParams) {}

  has(name: string): boolean {
    return this.params.has(name) || this.params.has(`${name}[]`)
  }

  /** Every value of `name` and `name[]`, in order, empty strings dropped. */
  list(name: string): string[] {
    return [...this.params.getAll(name), ...this.params.getAll(`${name}[]`)].filter((value) => value !== '')
  }

  string(name: string): string | undefined {
    return this.list(name)[0]
  }

  int(name: string): number | undefined {
    const value = this.string(name)
    return value === undefined ? undefined : parseInteger(name, value)
  }

  intList(name: string): number[] {
    return this.list(name).map((value) => parseInteger(name, value))
  }

  bool(name: string): boolean | undefined {
    const value = this.string(name)
    if (value === undefined) return undefined
    if (value === 'true' || value === '1') return true
    if (value === 'false' || value === '0') return false
    throw new ValidationError(`invalid boolean for ${name}: ${value}`)
  }

  number(name: string): number | undefined {
    const value = this.string(name)
    if (value === undefined) return undefined
    const parsed = Number(value)
    if (!Number.isFinite(parsed)) throw new ValidationError(`invalid number for ${name}: ${value}`)
    return parsed
  }

  /** A date-time bound as epoch ms (RFC 3339 or a plain date). */
  date(name: string): number | undefined {
    const value = this.string(name)
    if (value === undefined) return undefined
    const parsed = Date.parse(value)
    if (Number.isNaN(parsed)) throw new ValidationError(`invalid date-time for ${name}: ${value}`)
    return parsed
  }
}

function parseInteger(name: string, value: string): number {
  if (!/^-?\d+$/.test(value)) throw new ValidationError(`invalid integer for ${name}: ${value}`)
  return Number(value)
}
