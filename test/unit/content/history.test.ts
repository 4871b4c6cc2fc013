// A document changed twice within one version is recorded once: its state before the first change, after the last.
import { describe, expect, it } from 'vitest'

import { mergeChanges } from '../../../src/content/history'

describe('mergeChanges', () => {
  it('keeps the first before and the last after of each document', () => {
    const merged = mergeChanges([
      { collection: 'explore-tags', id: 1, before: { id: 1, label: 'v1' }, after: { id: 1, label: 'v2' } },
      { collection: 'sports', id: 1, before: null, after: { id: 1, name: 'S' } },
      { collection: 'explore-tags', id: 1, before: { id: 1, label: 'v2' }, after: null },
    ])
    expect(merged).toEqual([
      { collection: 'explore-tags', id: 1, before: { id: 1, label: 'v1' }, after: null },
      { collection: 'sports', id: 1, before: null, after: { id: 1, name: 'S' } },
    ])
  })
})
