// Change detection over a real Redis, as two replicas: one announcement per change however many replicas load it,
// and a load older than the recorded state is never announced as prices moving back.
import Decimal from 'decimal.js'
import type { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'

import { LiveBus, type LiveMessage } from '@/live/bus'
import { MarketChangeDetector } from '@/live/marketChanges'
import type { GammaEvent } from '@/markets/gamma/types'
import { createRedis } from '@/redis/connect'

const event = (price: string): GammaEvent =>
  ({
    id: '1',
    slug: 'btc-up',
    title: 'BTC up',
    closed: false,
    live: false,
    ended: false,
    tagIds: [],
    markets: [{ id: 'm1', closed: false, outcomes: ['Yes', 'No'], outcomePrices: [new Decimal(price), new Decimal(1).minus(price)] }],
  }) as unknown as GammaEvent

describe('market change detection across replicas', () => {
  const clients: Redis[] = []
  afterAll(() => clients.forEach((client) => client.disconnect()))

  it('announces a change once across replicas and never an older load', async () => {
    const prefix = `pb:test:changes:${process.pid}:${Date.now()}:`
    const replicas = [0, 1].map(() => {
      const redis = createRedis(process.env.REDIS_URL!, 'changes-test')
      clients.push(redis)
      const bus = new LiveBus(null, 'test')
      const received: LiveMessage[] = []
      bus.subscribe(new Set(['event:btc-up']), (message) => received.push(message))
      return { detector: new MarketChangeDetector(bus, redis, prefix), received }
    })
    const prices = () => replicas.flatMap(({ received }) => received.map((message) => (message.data as { markets: Array<{ prices: string[] }> }).markets[0]!.prices[0]))

    await replicas[0]!.detector.loaded([event('0.5')], 1_000)
    await Promise.all(replicas.map(({ detector }) => detector.loaded([event('0.6')], 2_000)))
    expect(prices()).toEqual(['0.6'])
    await replicas[1]!.detector.loaded([event('0.5')], 1_500)
    expect(prices(), 'an older load is not a change').toEqual(['0.6'])
    await replicas[1]!.detector.loaded([event('0.7')], 3_000)
    expect(prices()).toEqual(['0.6', '0.7'])
  })
})
