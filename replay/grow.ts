// The replay's bundled data set, grown so one feed spans over 500 events: the open sports games (World Cup matches
// aside) are copied under new ids and slugs until the `sports` tag holds at least `minEvents` open events. For the
// bench and for tests that compare the cost of small and large feeds.
import { readFile, writeFile } from 'node:fs/promises'

import { BUNDLED_DATASET_PATH } from './dataset'
import type { ReplayDataset, WireEvent } from './wire'

export const BIG_FEED_TAG = { slug: 'sports', upstreamTagId: 1 }

const isOpenSportsGame = (event: WireEvent) =>
  !event.closed && event.tags.some((tag) => tag.slug === 'sports') && !event.tags.some((tag) => tag.slug === 'world-cup-2026')

/** Writes the grown data set to `path`; returns how many open events the big feed's tag then holds. */
export async function writeBenchDataset(path: string, minEvents = 520): Promise<{ openEvents: number; copies: number }> {
  const dataset = JSON.parse(await readFile(BUNDLED_DATASET_PATH, 'utf8')) as ReplayDataset
  const openSports = dataset.events.filter((event) => !event.closed && event.tags.some((tag) => tag.slug === BIG_FEED_TAG.slug))
  const games = dataset.events.filter(isOpenSportsGame)
  const copies = Math.max(0, Math.ceil((minEvents - openSports.length) / games.length))
  for (let copy = 1; copy <= copies; copy++) {
    games.forEach((game, index) => {
      const clone = structuredClone(game)
      clone.id = String(5_000_000 + copy * 10_000 + index)
      clone.slug = `${game.slug}-copy-${copy}`
      clone.markets.forEach((market, m) => {
        market.id = String(50_000_000 + copy * 1_000_000 + index * 100 + m)
        market.slug = `${market.slug}-copy-${copy}`
      })
      dataset.events.push(clone)
    })
  }
  await writeFile(path, JSON.stringify(dataset))
  return { openEvents: openSports.length + copies * games.length, copies }
}
