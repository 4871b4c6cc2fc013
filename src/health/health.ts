/** Health of the dependencies: Postgres, Redis (or in-process), and the market-data source. */
import type { Redis } from 'ioredis'
import type { Pool } from 'pg'

type Status = 'ok' | 'down'

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down'
  time: string
  /** Whether published content is in memory: with it, the public API keeps serving while Postgres is down. */
  content: { published: boolean }
  postgres: { status: Status; latencyMs?: number; error?: string }
  redis: { status: Status | 'in-process'; latencyMs?: number; error?: string }
  marketData: { source: 'gamma' | 'replay'; url: string; status: Status; error?: string }
  /** Where DATABASE_URL, REDIS_URL and GAMMA_URL came from: the environment, a .env file, or unset (defaults). */
  settings: Record<string, string>
}

const PROBE_TIMEOUT_MS = 2_000

async function probe(check: () => Promise<unknown>): Promise<{ status: Status; latencyMs?: number; error?: string }> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS)
      }),
    ])
    return { status: 'ok', latencyMs: Math.round(performance.now() - started) }
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
  }
}

/** Which market-data source this process uses: the bundled replay when GAMMA_URL was unset at boot. */
export function marketSource(): 'gamma' | 'replay' {
  return process.env.PLAYBOOK_MARKET_SOURCE === 'replay' ? 'replay' : 'gamma'
}

/**
 * Probes each dependency concurrently, each bounded by a timeout. Postgres down is `down` (not usable) only when
 * no published content is in memory; with it, the public API keeps serving the last published configuration and
 * the service is `degraded` (admin writes fail until Postgres returns).
 */
export interface HealthDeps {
  database: Pick<Pool, 'query'>
  redis: Pick<Redis, 'ping'> | null
  gammaUrl: string | undefined
  content?: { published: boolean }
  settings?: Record<string, string>
}

export async function checkHealth({ database, redis: client, gammaUrl = '', content = { published: false }, settings = {} }: HealthDeps): Promise<HealthReport> {
  const [postgres, redisState, market] = await Promise.all([
    probe(() => database.query('SELECT 1')),
    client ? probe(() => client.ping()) : Promise.resolve({ status: 'in-process' as const }),
    gammaUrl
      ? probe(async () => {
          const response = await fetch(new URL('/tags?limit=1', gammaUrl), { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
          await response.body?.cancel()
          if (response.status >= 500) throw new Error(`upstream answered ${response.status}`)
        })
      : Promise.resolve({ status: 'down' as const, error: 'GAMMA_URL is not set' }),
  ])
  // Postgres is what the app cannot serve without (until a published snapshot is cached); the rest degrade.
  const status =
    postgres.status === 'down' && !content.published
      ? 'down'
      : postgres.status === 'down' || redisState.status === 'down' || market.status === 'down'
        ? 'degraded'
        : 'ok'
  return {
    status,
    time: new Date().toISOString(),
    content,
    postgres,
    redis: redisState,
    marketData: { source: marketSource(), url: withoutCredentials(gammaUrl), status: market.status, ...(market.error ? { error: market.error } : {}) },
    settings,
  }
}

/** The URL without user or password, for showing. */
function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    const shown = parsed.toString()
    return url.endsWith('/') ? shown : shown.replace(/\/$/, '')
  } catch {
    return ''
  }
}
