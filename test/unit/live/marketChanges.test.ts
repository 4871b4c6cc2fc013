// Market changes seen at load become live messages: once per change, none on first sight or when nothing moved.
import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'

import { LiveBus, type LiveMessage } from '../../../src/live/bus'
import { MarketChangeDetector } from '../../../src/live/marketChanges'
import type { GammaEvent } from '../../../src/markets/gamma/types'

const event = (slug: string, price: string, extra: Partial<GammaEvent> = {}): GammaEvent =>
  ({
    id: slug,
    slug,
    title: slug,
    closed: false,
    live: false,
    ended: false,
    tagIds: [21],
    markets: [
      { id: `${slug}-m`, closed: false, outcomes: ['Yes', 'No'], outcomePrices: [new Decimal(price), new Decimal(1).minus(price)] },
      { id: `${slug}-n`, closed: false, outcomes: ['Yes', 'No'], outcomePrices: [new Decimal('0.1'), new Decimal('0.9')] },
    ],
    ...extra,
  }) as unknown as GammaEvent

describe('market change detection', () => {
  it('publishes a change of price, status or score once, on the event and its tags', async () => {
    const bus = new LiveBus(null, 'test')
    const received: LiveMessage[] = []
    bus.subscribe(new Set(['event:btc', 'tag:21', 'event:eth']), (message) => received.push(message))
    const detector = new MarketChangeDetector(bus, null, 'test:')

    await detector.loaded([event('btc', '0.5'), event('eth', '0.2')])
    expect(received, 'first sight is not a change').toHaveLength(0)
    await detector.loaded([event('btc', '0.5'), event('eth', '0.2')])
    expect(received, 'nothing moved').toHaveLength(0)

    await detector.loaded([event('btc', '0.55'), event('eth', '0.2')])
    expect(received.map((message) => message.topic)).toEqual(['event:btc', 'tag:21'])
    // The change carries the markets that moved (only those), with their new prices as exact decimals.
    expect(received[0]!.data).toEqual({
      slug: 'btc',
      closed: false,
      live: false,
      ended: false,
      score: null,
      period: null,
      elapsed: null,
      markets: [{ id: 'btc-m', closed: false, outcomes: ['Yes', 'No'], prices: ['0.55', '0.45'] }],
    })

    await detector.loaded([event('btc', '0.55', { closed: true }), event('eth', '0.2', { score: '1-0' } as never)])
    expect(received.map((message) => message.topic)).toEqual(['event:btc', 'tag:21', 'event:btc', 'tag:21', 'event:eth', 'tag:21'])
    expect(received.at(-2)!.data).toMatchObject({ slug: 'eth', score: '1-0', markets: [] })
    expect(received.at(-4)!.data).toMatchObject({ slug: 'btc', closed: true, markets: [] })
  })

  it('ignores a load that began before the recorded one (a slow list read finishing after a fresh refresh)', async () => {
    const bus = new LiveBus(null, 'test')
    const received: LiveMessage[] = []
    bus.subscribe(new Set(['event:sol']), (message) => received.push(message))
    const detector = new MarketChangeDetector(bus, null, 'test:')
    await detector.loaded([event('sol', '0.5')], 1_000)
    await detector.loaded([event('sol', '0.6')], 3_000)
    await detector.loaded([event('sol', '0.5')], 2_000)
    expect(received.map((message) => (message.data as { markets: Array<{ prices: string[] }> }).markets[0]!.prices)).toEqual([['0.6', '0.4']])
    await detector.loaded([event('sol', '0.7')], 4_000)
    expect(received.map((message) => (message.data as { markets: Array<{ prices: string[] }> }).markets[0]!.prices)).toEqual([['0.6', '0.4'], ['0.7', '0.3']])
  })
})
