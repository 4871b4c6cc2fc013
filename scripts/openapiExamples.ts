// `npm run openapi:examples -- --from http://localhost:3000`: captures the OpenAPI document's response examples from
// a running app with the demo content (`npm run dev`), trimmed to a few items per list, into
// src/api/v1/examples.json; then `npm run openapi` puts them in the document. Unit tests check every example
// against its schema, so an example that the contract outgrows fails CI rather than misleading a client team.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const from = process.argv[process.argv.indexOf('--from') + 1]
if (!process.argv.includes('--from') || !from) {
  process.stderr.write('usage: npm run openapi:examples -- --from http://localhost:3000\n')
  process.exit(2)
}
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/api/v1/examples.json')

const ITEMS_PER_LIST = 2

/** Lists cut to a few items, recursively: an example shows the shape, not the catalogue. */
function trim(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, ITEMS_PER_LIST).map(trim)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trim(item)]))
  return value
}

async function get(pathAndQuery: string, okStatus = 200): Promise<any> {
  const response = await fetch(`${from}/api/v1${pathAndQuery}`, { headers: { 'x-platform': 'ios', 'x-app-version': '4.2.0' } })
  if (response.status !== okStatus) throw new Error(`${pathAndQuery}: ${response.status} ${await response.text()}`)
  return response.json()
}

const feed = await get('/explore/nba/events?limit=2')
const leaderboard = await get('/leaderboard?limit=3')
const examples = {
  ExploreTree: trim(await get('/explore')),
  FeedPage: trim(feed),
  EventPage: trim(await get(`/events/${feed.events[0].slug}`)),
  WorldCupPage: trim(await get('/world-cup')),
  WorldCupGroupPage: trim(await get('/world-cup/groups/j')),
  SearchView: trim(await get('/search?q=argentina')),
  LeaderboardPage: trim(leaderboard),
  WalletSummary: trim(await get(`/rewards/wallets/${leaderboard.entries[0].wallet}`)),
  Problem: await get('/explore/nba/events?cursor=not-a-cursor', 400),
}
writeFileSync(file, `${JSON.stringify(examples, null, 2)}\n`)
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`)
