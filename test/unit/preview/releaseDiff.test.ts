// Which feeds a release diff compares: the tags whose compiled settings change, or every visible tag when the
// release changes what every feed shows.
import { describe, expect, it } from 'vitest'

import { feedsToCompare } from '../../../src/preview/releaseDiff'
import { snapshot, tag } from '../screens/fixtures'

describe('feedsToCompare', () => {
  const base = snapshot({ tags: { a: tag({ slug: 'a', label: 'A' }), b: tag({ slug: 'b', label: 'B' }) }, rootSlugs: ['a', 'b'] })

  it('compares only the tags a release changes', () => {
    const after = { ...base, tags: { ...base.tags, b: { ...base.tags.b!, pinned: ['x'] } } }
    expect(feedsToCompare(base, after, ['a', 'b'])).toEqual(['b'])
    expect(feedsToCompare(base, base, ['a', 'b'])).toEqual([])
  })

  it('compares a tag the release adds', () => {
    const after = { ...base, tags: { ...base.tags, c: tag({ slug: 'c', label: 'C' }) } }
    expect(feedsToCompare(base, after, ['a', 'b', 'c'])).toEqual(['c'])
  })

  it('compares every visible tag when display rules change', () => {
    const after = { ...base, displayRules: base.displayRules.map((rule, i) => (i === 0 ? { ...rule, titleTemplate: `${rule.titleTemplate}!` } : rule)) }
    expect(feedsToCompare(base, after, ['a', 'b'])).toEqual(['a', 'b'])
  })
})
