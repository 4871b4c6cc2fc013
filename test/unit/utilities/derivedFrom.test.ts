import { describe, expect, it } from 'vitest'

import { derivedFrom } from '@/utilities/derivedFrom'

describe('derivedFrom', () => {
  it('derives once per object and keeps each object its own value', () => {
    const calls: object[] = []
    const sizeOf = derivedFrom((items: string[]) => {
      calls.push(items)
      return { size: items.length }
    })
    const a = ['x']
    const b = ['x', 'y']
    const first = sizeOf(a)
    expect(sizeOf(a)).toBe(first)
    expect(sizeOf(b)).toEqual({ size: 2 })
    expect(first).toEqual({ size: 1 })
    expect(calls).toEqual([a, b])
  })
})
