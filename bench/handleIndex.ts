// Which index serves search's handle-prefix query: a B-tree with text_pattern_ops or a pg_trgm GIN index, on 1M
// generated handles, with the query the endpoint runs. `npx tsx bench/handleIndex.ts` (needs a local Postgres or
// DATABASE_URL's server); prints a table and returns the figures for bench/run.ts.
import { performance } from 'node:perf_hooks'

import pg from 'pg'

import { createDatabase, dropDatabase, resolvePostgres } from '../test/support/services'

export interface IndexFigures {
  index: string
  buildMs: number
  sizeMb: number
  /** Median ms per query, by prefix length 1, 2, 3, 4. */
  medianMsByLength: number[]
  meanMs: number
  p95Ms: number
  plan: string
}

const ROWS = 1_000_000
const QUERIES = 400
const QUERY = 'select handle from handles where handle like $1 order by handle limit 10'

/** Deterministic prefixes of 1–4 characters from the handle alphabet. */
function prefixes(count: number): string[] {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789_'
  let seed = 42
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 4)
    return Array.from({ length }, () => alphabet[Math.floor(next() * 26)]).join('')
  })
}

async function measure(client: pg.Client, index: string, create: string): Promise<IndexFigures> {
  await client.query('drop index if exists handles_idx')
  const started = performance.now()
  await client.query(create)
  const buildMs = performance.now() - started
  await client.query('vacuum analyze handles')
  const { rows: size } = await client.query<{ bytes: string }>("select pg_relation_size('handles_idx') as bytes")
  const samples: number[] = []
  const byLength: number[][] = [[], [], [], []]
  for (const prefix of prefixes(20)) await client.query(QUERY, [`${prefix}%`])
  for (const prefix of prefixes(QUERIES)) {
    const t0 = performance.now()
    await client.query(QUERY, [`${prefix}%`])
    const ms = performance.now() - t0
    samples.push(ms)
    byLength[prefix.length - 1]!.push(ms)
  }
  samples.sort((a, b) => a - b)
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 100) / 100
  }
  const { rows: plan } = await client.query<{ 'QUERY PLAN': string }>(`explain ${QUERY.replace('$1', "'abc%'")}`)
  return {
    index,
    buildMs: Math.round(buildMs),
    sizeMb: Math.round(Number(size[0]!.bytes) / 1024 / 102.4) / 10,
    medianMsByLength: byLength.map(median),
    meanMs: Math.round((samples.reduce((sum, value) => sum + value, 0) / samples.length) * 100) / 100,
    p95Ms: Math.round(samples[Math.floor(samples.length * 0.95)]! * 100) / 100,
    plan: plan.map((row) => row['QUERY PLAN'].trim()).filter((line) => /Scan/.test(line)).join(' / '),
  }
}

/** `adminUrl`: a Postgres server the caller already resolved (bench/run.ts); else one is found or started. */
export async function handleIndexBench(adminUrl?: string): Promise<IndexFigures[]> {
  const postgres = adminUrl ? { url: adminUrl, stop: async () => {} } : await resolvePostgres()
  const database = `pb_bench_handles_${process.pid}`
  const url = await createDatabase(postgres.url, database)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('create extension if not exists pg_trgm')
    // Handles like the app's: lower-case letters, digits and underscores, 6–16 characters.
    await client.query(`create table handles as
      select substr(translate(md5(i::text) || md5((i * 7)::text), '0123456789', 'qwxyz_jkvb'), 1, 6 + (i % 11)) as handle
      from generate_series(1, ${ROWS}) as i`)
    return [
      await measure(client, 'B-tree text_pattern_ops', 'create index handles_idx on handles using btree (handle text_pattern_ops)'),
      await measure(client, 'GIN pg_trgm', 'create index handles_idx on handles using gin (handle gin_trgm_ops)'),
    ]
  } finally {
    await client.end()
    await dropDatabase(postgres.url, database)
    await postgres.stop()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await handleIndexBench()
  console.table(figures.map(({ plan, medianMsByLength, ...rest }) => ({ ...rest, 'median ms by prefix length 1/2/3/4': medianMsByLength.join(' / '), plan: plan.slice(0, 60) })))
}
