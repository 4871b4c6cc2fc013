// The preview's audience switches, audience rules included: a country and an install id (a QA device's, say).
import { describe, expect, it } from 'vitest'

import { previewAudience, previewQuery } from '@/preview/audience'

describe('previewAudience', () => {
  it('reads the country and install switches, normalised', () => {
    expect(previewAudience({ country: 'de', install: 'demo-qa-device' })).toMatchObject({ country: 'DE', installId: 'demo-qa-device' })
  })

  it('leaves the country unknown and the install unset when the switches are unset or unreadable', () => {
    expect(previewAudience({})).toMatchObject({ platform: 'ios', country: null, installId: null })
    expect(previewAudience({ country: 'Germany', install: 'has space' })).toMatchObject({ country: null, installId: null })
  })

  it('keeps both switches in links between preview screens', () => {
    expect(previewQuery({ country: 'US', install: 'qa', other: 'x' })).toBe('?country=US&install=qa')
  })
})
