import { describe, expect, it } from 'vitest'

import { previewToken, verifyPreviewToken } from '../../../src/preview/token'

process.env.PAYLOAD_SECRET ??= 'unit-secret-unit-secret-unit-secret-0123'

describe('signed preview links', () => {
  it('open the page they were signed for until they expire', () => {
    const now = Date.parse('2026-11-23T12:00:00Z')
    const token = previewToken('/preview/explore/bitcoin', 60, now)
    expect(verifyPreviewToken('/preview/explore/bitcoin', token, now + 59_000)).toBe(true)
    expect(verifyPreviewToken('/preview/explore/bitcoin', token, now + 61_000)).toBe(false)
    expect(verifyPreviewToken('/preview/explore/ethereum', token, now)).toBe(false)
    expect(verifyPreviewToken('/preview/explore/bitcoin', token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), now)).toBe(false)
    expect(verifyPreviewToken('/preview/explore/bitcoin', undefined, now)).toBe(false)
  })
})
