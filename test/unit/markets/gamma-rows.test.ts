// A malformed row in an upstream list is skipped (and logged), not a failure of the whole list.
import { describe, expect, it } from 'vitest'

import { eventsWire, tagsWire } from '../../../src/markets/gamma/schemas'

describe('malformed upstream rows', () => {
  it('are skipped one by one', () => {
    const events = eventsWire.parse([
      { id: '1', slug: 'fine', title: 'Fine' },
      { id: '2', slug: 'broken', title: 'Broken', markets: [{ id: 'm', question: 'Q', slug: 'q', outcomes: '["Yes", "No"', outcomePrices: '["0.5","0.5"]' }] },
      { slug: 'no-id', title: 'No id' },
      { id: '3', slug: 'also-fine', title: 'Also fine' },
    ])
    expect(events.map((event) => event.slug)).toEqual(['fine', 'also-fine'])
    expect(tagsWire.parse(null)).toEqual([])
  })

  it('survive a schema change: an unknown market type and missing optional fields still parse', () => {
    const [event] = eventsWire.parse([
      {
        id: '9',
        slug: 'new-kind',
        title: 'New kind',
        futureField: { nested: true },
        markets: [{ id: 'm9', question: 'First corner?', slug: 'first-corner', sportsMarketType: 'first_corner', outcomes: '["Home","Away"]', outcomePrices: '["0.4","0.6"]' }],
      },
    ])
    expect(event).toMatchObject({ slug: 'new-kind', markets: [{ sportsMarketType: 'first_corner', question: 'First corner?' }] })
  })
})
