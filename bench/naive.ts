// The path the design replaces, run against the replay directly: the feed's events are fetched in pages of the
// size the screen asked for (not the upstream's page cap), one page after another, and each row of the page
// shown then looks its teams up one request at a time (N+1).
import { performance } from 'node:perf_hooks'

interface NaiveEvent {
  id: string
  endDate?: string
  volume?: number | string
  teams?: Array<{ id: number }>
}

export interface NaiveFigures {
  upstreamCalls: number
  pageRequests: number
  teamLookups: number
  events: number
  ms: number
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return (await response.json()) as T
}

export async function naiveFeed(replayUrl: string, options: { tagId: number; limit: number }): Promise<NaiveFigures> {
  const started = performance.now()
  const events: NaiveEvent[] = []
  let pageRequests = 0
  for (let offset = 0; ; offset += options.limit) {
    const page = await getJson<NaiveEvent[]>(`${replayUrl}/events?tag_id=${options.tagId}&closed=false&limit=${options.limit}&offset=${offset}`)
    pageRequests++
    events.push(...page)
    if (page.length < options.limit) break
  }
  // The page shown: by volume, like the feed's default sort.
  const rows = [...events].sort((a, b) => Number(b.volume ?? 0) - Number(a.volume ?? 0)).slice(0, options.limit)
  let teamLookups = 0
  for (const row of rows) {
    for (const team of row.teams ?? []) {
      await getJson(`${replayUrl}/teams/${team.id}`)
      teamLookups++
    }
  }
  return { upstreamCalls: pageRequests + teamLookups, pageRequests, teamLookups, events: events.length, ms: Math.round(performance.now() - started) }
}
