import { describe, expect, it } from 'vitest'

import { DEFAULT_PREVIEW_TTL_SECONDS, MAX_PREVIEW_TTL_SECONDS, previewLink, previewTarget, previewToken, verifyPreviewToken } from '../../../src/preview/token'

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

  it('sign the whole page, query included, and nothing else', () => {
    const now = Date.parse('2026-11-23T12:00:00Z')
    const target = previewTarget('/preview/explore/bitcoin', { which: 'draft', platform: 'ios', preview: 'ignored' })
    expect(target).toBe('/preview/explore/bitcoin?platform=ios&which=draft')
    const token = previewToken(target, 3_600, now)
    expect(verifyPreviewToken(previewTarget('/preview/explore/bitcoin', { platform: 'ios', which: 'draft' }), token, now)).toBe(true)
    expect(verifyPreviewToken(previewTarget('/preview/explore/bitcoin', { platform: 'ios', which: 'published' }), token, now)).toBe(false)
    expect(verifyPreviewToken(previewTarget('/preview/explore/bitcoin', { which: 'draft' }), token, now)).toBe(false)
  })

  it('live a day by default and at most a week, and carry their version', () => {
    const now = Date.parse('2026-11-23T12:00:00Z')
    const { url, expiresAt } = previewLink('/preview/world-cup', {}, undefined, now)
    expect(Date.parse(expiresAt) - now).toBe(DEFAULT_PREVIEW_TTL_SECONDS * 1000)
    const token = new URL(url, 'http://x').searchParams.get('preview')!
    expect(token).toMatch(/^v1\.\d+\.[\w-]+$/)
    expect(verifyPreviewToken('/preview/world-cup', token, now)).toBe(true)
    expect(() => previewToken('/preview/world-cup', MAX_PREVIEW_TTL_SECONDS + 1, now)).toThrow(RangeError)
    // A token claiming a longer life than any issued one, or without its version, opens nothing.
    const [, expires, signature] = token.split('.')
    expect(verifyPreviewToken('/preview/world-cup', `${expires}.${signature}`, now)).toBe(false)
    expect(verifyPreviewToken('/preview/world-cup', `v1.${Number(expires) + 30 * 86_400}.${signature}`, now)).toBe(false)
  })
})
