import { describe, expect, it } from 'vitest'

import { diffTrees } from '../../../src/preview/diff'

import type { ExploreNode } from '../../../src/screens/schemas'

const node = (slug: string, label: string, children: ExploreNode[] = []): ExploreNode => ({ slug, label, icon: null, kind: 'market-tag', children })

describe('draft vs published tree', () => {
  it('lists added, removed, renamed and moved tags', () => {
    const published = [node('crypto', 'Crypto', [node('bitcoin', 'Bitcoin'), node('doge', 'Doge')]), node('finance', 'Finance')]
    const draft = [node('crypto', 'Crypto', [node('solana', 'Solana')]), node('finance', 'Markets', [node('bitcoin', 'Bitcoin')])]
    expect(diffTrees(published, draft)).toEqual({
      added: ['solana'],
      removed: ['doge'],
      renamed: [{ slug: 'finance', from: 'Finance', to: 'Markets' }],
      moved: [{ slug: 'bitcoin', from: 'crypto', to: 'finance' }],
    })
  })
})
