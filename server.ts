// The one process: parses the environment, brings up what development needs (embedded Postgres, replay
// market data), migrates, then serves Next (admin, API, preview) from a plain node:http server.
import http from 'node:http'
import path from 'node:path'

import { EnvError, env } from './src/config/env'
import { PROJECT_ROOT } from './src/config/projectRoot'
import { logProcessFaults } from './src/boot/processFaults'
import { logger } from './src/log/logger'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const dir = PROJECT_ROOT

/** A URL as the banner shows it: without a password. */
const shown = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@')

async function main(): Promise<void> {
  logProcessFaults(process, logger)
  // .env files first, as Next reads them, so that a DATABASE_URL in .env.local counts before anything is parsed.
  const { loadEnvFiles } = await import('./src/config/envFiles')
  const envFiles = loadEnvFiles(dir, process.env.NODE_ENV !== 'production')
  let config
  try {
    config = env()
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
  const dev = config.NODE_ENV !== 'production'
  const host = config.HOST ?? (dev ? '127.0.0.1' : '0.0.0.0')
  const stops: Array<() => Promise<void>> = []

  if (!config.DATABASE_URL) {
    const { startEmbeddedPostgres } = await import('./src/db/embedded')
    const database = await startEmbeddedPostgres(path.resolve(config.DATA_DIR, 'pg'))
    process.env.DATABASE_URL = database.url
    stops.push(database.stop)
    logger.info({ component: 'boot' }, `embedded Postgres at ${shown(database.url)}`)
  }
  if (!config.GAMMA_URL) {
    const { startBundledReplay } = await import('./replay/bundled')
    const replay = await startBundledReplay({ latencyMs: config.REPLAY_LATENCY_MS })
    process.env.GAMMA_URL = replay.url
    process.env.PLAYBOOK_MARKET_SOURCE = 'replay'
    stops.push(replay.stop)
    logger.info({ component: 'boot' }, `market data: bundled replay at ${replay.url} (GAMMA_URL is unset)`)
  }
  const { resetEnvCache } = await import('./src/config/env')
  resetEnvCache()
  // Before Payload and Next load: every span, theirs included, goes to the one provider.
  const { startTracing } = await import('./src/telemetry/tracing')
  const tracing = startTracing(env(), process.env.npm_package_version ?? '0.0.0')
  if (tracing) logger.info({ component: 'boot' }, 'tracing: OTLP/HTTP export on')

  // Each boot step is logged, so a slow or stuck boot says where it is.
  const step = (message: string) => logger.info({ component: 'boot' }, message)
  step('loading the Payload config')
  const { default: payloadConfig } = await import('./payload.config')
  const { migrate, withBootPayload } = await import('./src/boot/migrate')
  step('starting Payload to migrate')
  const credentials = await withBootPayload(payloadConfig, async (payload) => {
    step('running migrations')
    await migrate(payload)
    if (!dev) return null
    step('seeding demo content')
    const { ensureDevAdmin } = await import('./src/boot/seedAdmin')
    const { seedDemoContent } = await import('./src/seed/demoContent')
    const seeded = await seedDemoContent(payload)
    if (Object.keys(seeded.created).length > 0) logger.info({ component: 'boot', created: seeded.created }, 'demo content seeded')
    return ensureDevAdmin(payload, config.DATA_DIR)
  })

  step('preparing Next')
  const { default: next } = await import('next')
  const app = next({ dev, dir, hostname: host, port: config.PORT })
  const handle = app.getRequestHandler()
  await app.prepare()
  // The services are created inside Next (by the first route or Payload entry point that needs them), since Next
  // compiles its own copies of every module; the server reads the same root for its fast path, metrics and shutdown.
  const { currentServices } = await import('./src/root')
  const { serveFastPath } = await import('./src/edge/fastPath')
  const { assignTrace } = await import('./src/edge/requestLog')
  const { applyCors, parseOrigins } = await import('./src/edge/cors')
  const { refuseLongUri } = await import('./src/edge/uriLimit')
  const corsOrigins = parseOrigins(config.CORS_ORIGINS)
  const { trustedProxies } = await import('./src/edge/clientIdentity')
  const { assignCountry } = await import('./src/edge/country')
  const { startRequestSpan } = await import('./src/edge/requestSpan')
  const { context } = await import('@opentelemetry/api')
  const edge = { durations: () => currentServices()?.metrics.requestDurations, trust: trustedProxies(config.TRUSTED_PROXIES) }

  const server = http.createServer((req, res) => {
    // With tracing on, the request's span comes first: it decides the trace id the rest of the request logs.
    const traced = tracing ? startRequestSpan(req, res) : null
    const traceId = assignTrace(req, res, edge)
    if (refuseLongUri(req, res, traceId)) return
    if (applyCors(req, res, corsOrigins)) return
    assignCountry(req, config.COUNTRY_HEADER, edge.trust)
    if (serveFastPath(currentServices()?.responses, req, res)) return
    if (traced) context.with(traced, () => void handle(req, res))
    else void handle(req, res)
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve) => server.listen(config.PORT, host, resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.PORT
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`
  const { sources } = envFiles
  const from = (name: keyof typeof sources) => `(${name} from ${sources[name] === 'environment' ? 'the environment' : sources[name]})`
  const database = sources.DATABASE_URL === 'unset' ? `embedded Postgres in ${path.resolve(config.DATA_DIR, 'pg')}` : `${shown(process.env.DATABASE_URL!)} ${from('DATABASE_URL')}`
  const cache = config.REDIS_URL ? `${shown(config.REDIS_URL)} ${from('REDIS_URL')}` : 'in-process (REDIS_URL is unset)'
  const market = process.env.PLAYBOOK_MARKET_SOURCE === 'replay' ? 'bundled replay (offline demo data)' : `${shown(process.env.GAMMA_URL!)} ${from('GAMMA_URL')}`
  process.stdout.write(
    [
      '',
      `  Playbook ${dev ? 'development' : 'production'} server ready on ${base}`,
      `  admin:        ${base}/admin`,
      `  health:       ${base}/api/health`,
      `  database:     ${database}`,
      `  cache:        ${cache}`,
      `  market data:  ${market}`,
      ...(envFiles.files.length ? [`  env files:    ${envFiles.files.join(', ')}`] : []),
      ...(credentials ? [`  admin login:  ${credentials.email} / ${credentials.password}`] : []),
      '',
    ].join('\n') + '\n',
  )

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    logger.info({ component: 'boot', signal }, 'shutting down')
    const timer = setTimeout(() => process.exit(1), 15_000)
    timer.unref()
    // Open SSE streams would hold the server open: tell them to reconnect elsewhere, then close them.
    currentServices()?.live.shutdown()
    // close() waits for every connection; keep-alive ones go idle only after their last response, so close idle
    // ones as they appear, and after a grace period close whatever is left.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    const reaper = setInterval(() => server.closeIdleConnections(), 100)
    const force = setTimeout(() => server.closeAllConnections(), 10_000)
    server.closeIdleConnections()
    await closed
    clearInterval(reaper)
    clearTimeout(force)
    await app.close().catch(() => undefined)
    await currentServices()?.close()
    await tracing?.shutdown().catch((error: unknown) => logger.warn({ err: error }, 'trace export at shutdown failed'))
    for (const stop of stops.reverse()) await stop().catch((error) => logger.error({ err: error }, 'stop failed'))
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((error) => {
  logger.fatal({ err: error }, 'boot failed')
  process.stderr.write(`boot failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
