/** The process environment, parsed once with zod; a bad value stops the boot with one line naming it. */
import { z } from 'zod'

import { trustedProxies } from '../edge/clientIdentity'

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol)
      } catch {
        return false
      }
    }, `must be a ${protocols.join(' or ')} URL`)

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const baseSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: optional(z.string().min(1)),
  DATABASE_URL: optional(url(['postgres:', 'postgresql:'])),
  REDIS_URL: optional(url(['redis:', 'rediss:'])),
  GAMMA_URL: optional(url(['http:', 'https:'])),
  PAYLOAD_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where development state lives (embedded Postgres, generated secret, admin credentials). */
  DATA_DIR: z.string().default('.data'),
  /** Replay upstream latency in ms when GAMMA_URL is unset (development realism). */
  REPLAY_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /**
   * `on`: a front process without Next accepts connections, answers response-cache hits itself and passes the rest
   * to a worker process hosting Next (see src/edge/front.ts). `off`: one process does both. Default: on in production.
   */
  FRONT_PROCESS: optional(z.enum(['on', 'off'])),
  /**
   * The worker's JavaScript heap limit in MB (V8's old space; FRONT_PROCESS=on). Unbounded, V8 sizes the heap against
   * the machine's memory and holds on to pages it could return: RSS kept rising under steady traffic with ~300 MB
   * live (BENCHMARKS.md, memory). Its default holds the worker's peak with room to spare.
   */
  WORKER_HEAP_MB: z.coerce.number().int().min(256).max(65_536).default(768),
  /** Set by the front process for the worker it starts: the Unix socket the worker listens on. */
  PLAYBOOK_WORKER_SOCKET: optional(z.string().min(1)),
  /** Browser origins allowed to call /api/v1 (comma-separated); empty: none. */
  CORS_ORIGINS: z.string().optional(),
  /**
   * Upstream requests in flight at once per replica. Wide on purpose: distinct searches each wait ~150 ms on
   * Gamma, and a narrow cap queues them (p50 grows with load); the per-endpoint rate windows bound the rate.
   */
  GAMMA_CONCURRENCY: z.coerce.number().int().min(1).max(1024).default(128),
  /**
   * The part of Gamma's per-address rate limits this deployment may spend (0–1], shared by all its replicas through
   * Redis; lower it when other services send from the same egress address.
   */
  GAMMA_BUDGET_SHARE: z.coerce.number().gt(0).max(1).default(1),
  /**
   * The public origin of admin and preview (e.g. `https://cms.example.com`): Payload's CSRF allow-list, and `Secure`
   * session cookies when it is HTTPS. Set it in production.
   */
  SERVER_URL: optional(url(['http:', 'https:'])),
  /**
   * A one-time secret that lets `POST /api/users/first-register` (header `X-Bootstrap-Token`) create the first
   * admin while no user exists; otherwise the first admin comes from `npm run create-admin`.
   */
  ADMIN_BOOTSTRAP_TOKEN: optional(z.string().min(32, 'must be at least 32 characters')),
  /**
   * Proxies in front of the app (comma-separated addresses or CIDRs, e.g. the load balancer's subnet): from these
   * peers the client is read from `X-Forwarded-For`; from any other peer the header is ignored. Default: none.
   */
  TRUSTED_PROXIES: optional(
    z.string().refine((value) => {
      try {
        trustedProxies(value)
        return true
      } catch {
        return false
      }
    }, 'must be comma-separated IP addresses or CIDR ranges'),
  ),
  /**
   * The request header a CDN sets to the client's country (ISO 3166-1 alpha-2), e.g. `cf-ipcountry` (Cloudflare)
   * or `cloudfront-viewer-country` (CloudFront): read only from a peer in `TRUSTED_PROXIES`. Unset: every client's
   * country is unknown.
   */
  COUNTRY_HEADER: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'must be an HTTP header name, e.g. cf-ipcountry')
      .transform((name) => name.toLowerCase()),
  ),
  /**
   * Opens the operators' views (`/api/metrics`, the details of `/api/health`) to `Authorization: Bearer <OPS_TOKEN>`.
   * Unset: open in development, closed in production.
   */
  OPS_TOKEN: optional(z.string().min(32, 'must be at least 32 characters')),
  /** Response-cache misses (builds) one client may cause per 10 s on the routes that can miss; more get 429. */
  CLIENT_MISS_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /**
   * Reads of Payload's REST API (`/api/<collection>`) one client may make per 10 s; more get 429. A document read at
   * depth 2 populates its relations: a flood of them is what lifts the heap most (BENCHMARKS.md, memory).
   */
  PAYLOAD_REST_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(300),
  /** Live (SSE) streams one client may hold open on one replica; more are refused with 429. */
  LIVE_STREAMS_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(16),
  /** Live streams one replica holds open; more are refused with 503 (clients retry, possibly elsewhere). */
  LIVE_STREAMS_PER_REPLICA: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** A live stream ends after this many seconds (less up to 10 % jitter) with a retry hint; the client reconnects. */
  LIVE_STREAM_MAX_SECONDS: z.coerce.number().int().min(10).max(86_400).default(1_800),
  /** Watched live games are reloaded from the upstream this often (ms), with no request needed, by one replica at a time. */
  LIVE_REFRESH_LIVE_MS: z.coerce.number().int().min(250).max(600_000).default(2_000),
  /** Other watched open events and feeds (ms). */
  LIVE_REFRESH_OPEN_MS: z.coerce.number().int().min(250).max(3_600_000).default(10_000),
  /** Watched settled events (ms). */
  LIVE_REFRESH_SETTLED_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(60_000),
  /** A replica's lease on what its clients watch (ms): items no client watches stop being refreshed within it. */
  LIVE_WATCH_LEASE_MS: z.coerce.number().int().min(300).max(600_000).default(15_000),
  /** OpenTelemetry tracing (standard variables): off unless an OTLP endpoint is set; OTLP over HTTP. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optional(url(['http:', 'https:'])),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optional(url(['http:', 'https:'])),
  OTEL_SERVICE_NAME: z.string().min(1).default('playbook'),
  OTEL_TRACES_SAMPLER: z
    .enum(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'])
    .default('parentbased_always_on'),
  /** The ratio of the `*traceidratio` samplers, 0 to 1 (e.g. 0.01: one request in a hundred). */
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
  /** Milliseconds between span exports. */
  OTEL_BSP_SCHEDULE_DELAY: z.coerce.number().int().min(10).max(60_000).default(5_000),
  /** Namespace of every Redis key (cache entries, locks): lets deployments or test runs share one Redis. */
  REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]*$/).default('pb:'),
})

const productionRequired = ['DATABASE_URL', 'REDIS_URL', 'GAMMA_URL', 'PAYLOAD_SECRET'] as const

export type Env = z.infer<typeof baseSchema>

export class EnvError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`Invalid environment: ${variable} ${reason}`)
    this.name = 'EnvError'
  }
}

/** Parses an environment record; throws EnvError naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = baseSchema.safeParse(source)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new EnvError(String(issue.path[0] ?? 'environment'), issue.message)
  }
  const env = result.data
  // `next build` evaluates modules without the runtime environment; the server checks it again at boot.
  const building = source.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && !building) {
    for (const name of productionRequired) {
      if (!env[name]) throw new EnvError(name, 'is required when NODE_ENV=production')
    }
  }
  return env
}

let cached: Env | undefined

/** The parsed process environment (parsed on first use, then cached). */
export function env(): Env {
  cached ??= parseEnv(process.env)
  return cached
}

/** Test hook: forget the cached environment after process.env changed. */
export function resetEnvCache(): void {
  cached = undefined
}
