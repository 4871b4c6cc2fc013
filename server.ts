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
  // A worker reads the .env files itself (and names their sources in its banner): it starts from this environment.
  const launchEnv = { ...process.env }
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
  // This process is a worker behind a front when the front set its socket; else it is the front when asked or in production.
  const workerSocket = config.PLAYBOOK_WORKER_SOCKET
  if (!workerSocket && (config.FRONT_PROCESS ?? (dev ? 'off' : 'on')) === 'on') {
    const { startTracing } = await import('./src/telemetry/tracing')
    const tracing = startTracing(config, process.env.npm_package_version ?? '0.0.0')
    const { startFront } = await import('./src/edge/front')
    const { startRequestSpan } = await import('./src/edge/requestSpan')
    const front = await startFront(config, host, logger, { workerEnv: launchEnv, ...(tracing ? { startSpan: startRequestSpan } : {}) })
    logger.info({ component: 'front', port: front.port }, 'front process listening; starting the worker')
    const code = await front.closed
    await tracing?.shutdown().catch((error: unknown) => logger.warn({ err: error }, 'trace export at shutdown failed'))
    process.exit(code)
  }

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
  // In development Next compiles the routes on demand and reloads them: the server's own copy would go stale.
  const serveDirect = dev ? () => false : (await import('./src/edge/directRoutes')).serveDirect
  const { assignTrace } = await import('./src/edge/requestLog')
  const { applyCors, parseOrigins } = await import('./src/edge/cors')
  const { refuseLongUri } = await import('./src/edge/uriLimit')
  const corsOrigins = parseOrigins(config.CORS_ORIGINS)
  const { clientIdentity, trustedProxies } = await import('./src/edge/clientIdentity')
  const { assignCountry, believedCountry } = await import('./src/edge/country')
  const { CLIENT_COUNTRY_HEADER } = await import('./src/http/audienceHeaders')
  const { CLIENT_IP_HEADER } = await import('./src/edge/requestLog')
  const { continueRequestTrace, startRequestSpan } = await import('./src/edge/requestSpan')
  const { context } = await import('@opentelemetry/api')
  const trust = trustedProxies(config.TRUSTED_PROXIES)
  // Behind a front, the front has decided who and where the client is (only it can reach the worker's socket).
  const edge = {
    durations: () => currentServices()?.metrics.requestDurations,
    corsOrigins,
    client: workerSocket ? (req: http.IncomingMessage) => String(req.headers[CLIENT_IP_HEADER] ?? 'unknown') : (req: http.IncomingMessage) => clientIdentity(req, trust),
    country: workerSocket ? (req: http.IncomingMessage) => (req.headers[CLIENT_COUNTRY_HEADER] as string | undefined) ?? null : (req: http.IncomingMessage) => believedCountry(req, config.COUNTRY_HEADER, trust),
  }

  const server = http.createServer((req, res) => {
    // With tracing on, the request's span comes first: it decides the trace id the rest of the request logs.
    const traced = tracing ? (workerSocket ? continueRequestTrace(req) : startRequestSpan(req, res)) : null
    if (serveFastPath(currentServices()?.responses, req, res, edge)) return
    const traceId = assignTrace(req, res, edge)
    if (refuseLongUri(req, res, traceId)) return
    if (applyCors(req, res, corsOrigins)) return
    if (!workerSocket) assignCountry(req, config.COUNTRY_HEADER, trust)
    if (traced) context.with(traced, () => serveDirect(req, res) || void handle(req, res))
    else if (!serveDirect(req, res)) void handle(req, res)
  })
  server.keepAliveTimeout = 65_000
  if (workerSocket) {
    await new Promise<void>((resolve) => server.listen(workerSocket, resolve))
    // Only this user's processes (the front) may talk to the worker: it believes the client identity they send.
    const { chmodSync } = await import('node:fs')
    chmodSync(workerSocket, 0o600)
  } else await new Promise<void>((resolve) => server.listen(config.PORT, host, resolve))
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
      `  processes:    ${workerSocket ? `front ${process.ppid} (cache hits) and worker ${process.pid} (Next, Payload)` : `one (${process.pid}; FRONT_PROCESS=off)`}`,
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
  if (workerSocket) {
    // Without its front nothing reaches this worker: leave with it.
    process.on('disconnect', () => void shutdown('disconnect'))
    // A live stream's connection, handed over by the front with its request head (see src/edge/front.ts).
    const { Socket } = await import('node:net')
    process.on('message', (message: { type?: string; head?: string }, handle: unknown) => {
      if (message?.type !== 'connection' || !(handle instanceof Socket) || !message.head) return
      handle.unshift(Buffer.from(message.head, 'latin1'))
      server.emit('connection', handle)
    })
    process.send?.({ type: 'ready' })
  }
}

main().catch((error) => {
  logger.fatal({ err: error }, 'boot failed')
  process.stderr.write(`boot failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
