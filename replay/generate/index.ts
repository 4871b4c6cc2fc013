/** Generates the whole replay data set in memory; `scripts/generate-replay-data.ts` writes it to disk. */
import { REPLAY_REFERENCE_TIME } from '../data/catalog'
import type { ReplayDataset, PendingResult } from '../wire'
import { cryptoEvents } from './crypto'
import type { BuiltEvent } from './event'
import { financeEvents } from './finance'
import { fixtureEvents } from './fixture'
import { leagueGames } from './leagues'
import { IdSource } from './market'
import { allSeries, allTags, allTeams, relatedTags, sportObjects } from './taxonomy'
import { worldCupMatches } from './worldCup'

function assertUnique(label: string, values: string[]): void {
  const seen = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) throw new Error(`duplicate ${label}: ${value}`)
    seen.add(value)
  }
}

export function generateDataset(): ReplayDataset {
  const ids = new IdSource()
  const built: BuiltEvent[] = [...leagueGames(ids), ...worldCupMatches(ids), ...cryptoEvents(ids), ...financeEvents(ids), ...fixtureEvents(ids)]
  const events = built.map((item) => item.event)
  const markets = events.flatMap((event) => event.markets)
  assertUnique('event slug', events.map((event) => event.slug))
  assertUnique('market slug', markets.map((market) => market.slug))
  assertUnique('market id', markets.map((market) => market.id))
  const pending: Record<string, PendingResult> = {}
  for (const item of built) if (item.pending) pending[item.event.id] = item.pending
  return {
    version: 1,
    referenceTime: REPLAY_REFERENCE_TIME,
    tags: allTags(),
    relatedTags: relatedTags(ids),
    series: allSeries(),
    sports: sportObjects(),
    teams: allTeams(),
    events,
    pending,
  }
}

/** The committed file's exact bytes: compact JSON and a trailing newline. */
export function serializeDataset(dataset: ReplayDataset): string {
  return `${JSON.stringify(dataset)}\n`
}
