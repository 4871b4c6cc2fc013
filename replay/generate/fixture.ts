/**
 * The pagination fixture: exactly 137 events tagged `replay-fixture-137`, every third one settled, with ids in
 * one run so that default (id) order spreads the settled ones over every page. Listing it takes 3 pages at a cap
 * of 50 and 2 at 100, and a client that forgets `closed=false` counts the settled ones too.
 */
import { REPLAY_FIXTURE_EVENT_COUNT } from '../data/catalog'
import type { BuiltEvent } from './event'
import type { IdSource } from './market'
import { Rng } from './prng'
import { dayAt, simpleEvent } from './series'

export function fixtureEvents(ids: IdSource): BuiltEvent[] {
  const events: BuiltEvent[] = []
  for (let index = 1; index <= REPLAY_FIXTURE_EVENT_COUNT; index++) {
    const number = String(index).padStart(3, '0')
    const rng = new Rng(`fixture:${number}`)
    const settled = index % 3 === 1
    const end = settled ? dayAt(-1 - (index % 40), 18) : dayAt(1 + (index % 50), 18)
    const title = `Replay fixture ${number}: will it resolve Yes?`
    const slug = `replay-fixture-137-${number}`
    events.push(
      simpleEvent(ids, {
        slug,
        title,
        description: 'A pagination fixture of the replay data set; its content has no meaning.',
        category: 'Fixtures',
        resolutionSource: '',
        image: 'https://img.replay.test/fixture.png',
        listedAt: dayAt(-60 + (index % 30), 9),
        endDate: end,
        tags: ['replayFixture137', 'all'],
        markets: [
          {
            question: title,
            slug,
            outcomes: ['Yes', 'No'],
            probability: rng.float(0.05, 0.95),
            winner: rng.chance(0.5) ? 0 : 1,
            volumeScale: rng.float(500, 90_000),
            // Some settle like old AMM markets, with 40-digit near-0/near-1 prices.
            longPrecision: index % 9 === 1,
          },
        ],
      }),
    )
  }
  return events
}
