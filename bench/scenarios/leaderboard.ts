// Scenario 6: req/s, p50 and DB / Redis cost per request of the leaderboard and a wallet lookup, where those routes exist; no baseline.
import { existsSync } from 'node:fs'

import { type BenchContext, PATHS, fmt, get, measureLoad, ms, raw, recordMemory, row } from '../harness'

export const id = '6'

export async function run({ app, quiet, costPerRequest }: BenchContext): Promise<void> {
  console.log('\n6. leaderboard and wallet lookup')
  // The rewards routes may not exist on the branch being measured: a row says so rather than a failed run.
  if (!existsSync('src/app/api/v1/leaderboard/route.ts')) {
    row('6', 'leaderboard of 50: req/s', '—', '', '', '', 'not built yet')
    return
  }
  const probe = await get(app.url, PATHS.leaderboard)
  if (probe.status !== 200) {
    row('6', 'leaderboard of 50: req/s', `status ${probe.status}`, '', '', '', 'not built yet')
  } else {
    const board = JSON.parse(probe.body.toString()) as { entries: Array<{ wallet: string }>; total: number }
    const wallet = board.entries[0]?.wallet
    const targets: Array<[string, string]> = [[`leaderboard of ${board.entries.length} (${board.total} wallets)`, PATHS.leaderboard]]
    if (wallet && existsSync('src/app/api/v1/rewards/wallets/[address]/route.ts')) targets.push(['wallet lookup', `/api/v1/rewards/wallets/${wallet}`])
    const results: Record<string, unknown> = {}
    for (const [name, urlPath] of targets) {
      const cost = await costPerRequest(app.url, urlPath)
      const result = await measureLoad(`${app.url}${urlPath}`, 100)
      await quiet(app)
      results[name] = { urlPath, ...result, ...cost }
      row('6', `${name} @100: req/s, p50 ms; DB queries, Redis commands per request`, `${fmt(result.requestsPerSecond)}, ${ms(result.p50Ms)}; ${fmt(cost.queries, 1)}, ${fmt(cost.redisCommands, 1)}`, '', '', '', 'info')
    }
    raw.rewards = results
  }
  await recordMemory(app, 'leaderboard')
}
