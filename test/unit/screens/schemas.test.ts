// The view schemas convert to JSON Schema (the OpenAPI document is generated from them), recursion included.
import { z } from 'zod'
import { describe, expect, it } from 'vitest'

import * as schemas from '@/screens/schemas'

describe('view schemas', () => {
  it.each(Object.entries(schemas).filter(([name]) => name.endsWith('Schema')))('%s converts to JSON Schema', (_, schema) => {
    expect(() => z.toJSONSchema(schema as z.ZodType, { io: 'output' })).not.toThrow()
  })

  it('describes the nested explore tree', () => {
    const json = JSON.stringify(z.toJSONSchema(schemas.exploreTreeSchema))
    expect(json).toContain('children')
    expect(json).toContain('$ref')
  })

  it('rejects exponent notation and non-numbers in decimal strings', () => {
    expect(schemas.decimalStringSchema.safeParse('0.0000005').success).toBe(true)
    expect(schemas.decimalStringSchema.safeParse('-2.5').success).toBe(true)
    expect(schemas.decimalStringSchema.safeParse('5e-7').success).toBe(false)
    expect(schemas.decimalStringSchema.safeParse('NaN').success).toBe(false)
  })
})
