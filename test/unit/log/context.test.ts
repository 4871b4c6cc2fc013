import { describe, expect, it } from 'vitest'

import { randomHex, traceIdFrom } from '@/log/context'

describe('trace ids', () => {
  it('keeps a valid caller trace id and replaces an invalid or all-zero one', () => {
    expect(traceIdFrom('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01')).toBe('0af7651916cd43dd8448eb211c80319c')
    expect(traceIdFrom(`00-${'0'.repeat(32)}-b7ad6b7169203331-01`)).toMatch(/^[\da-f]{32}$/)
    expect(traceIdFrom(`00-${'0'.repeat(32)}-b7ad6b7169203331-01`)).not.toBe('0'.repeat(32))
    expect(traceIdFrom('garbage')).toMatch(/^[\da-f]{32}$/)
  })

  it('draws distinct ids of the asked length across many refills of the random pool', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => randomHex(i % 2 ? 16 : 8))
    ids.forEach((id, i) => expect(id).toMatch(i % 2 ? /^[\da-f]{32}$/ : /^[\da-f]{16}$/))
    expect(new Set(ids).size).toBe(ids.length)
  })
})
