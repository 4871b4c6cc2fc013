// The one process: parses the environment, brings up what development needs (embedded Postgres, replay
// market data), migrates, then serves Next (admin, API, preview) from a plain node:http server.
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { EnvError, env } from './src/config/env'
import { logger } from './src/log/logger'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const dir = path.dirname(fileURLToPath(import.meta.url))

async function main(): Promise<void> {
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
    logger.info({ component: 'boot' }, `embedded Postgres at ${database.url.replace(/:[^:@/]+@/, ':***@')}`)
  }
  if (!config.GAMMA_URL) {
    const { startBundledReplay } = await import('./src/markets/replay/bundled')
    const replay = await startBundledReplay({ latencyMs: config.REPLAY_LATENCY_MS })
    process.env.GAMMA_URL = replay.url
    process.env.PLAYBOOK_MARKET_SOURCE = 'replay'
    stops.push(replay.stop)
    logger.info({ component: 'boot' }, `market data: bundled replay at ${replay.url} (GAMMA_URL is unset)`)
  }
  const { resetEnvCache } = await import('./src/config/env')
  resetEnvCache()

  const { default: payloadConfig } = await import('./payload.config')
  const { migrate, withBootPayload } = await import('./src/boot/migrate')
  const credentials = await withBootPayload(payloadConfig, async (payload) => {
    await migrate(payload)
    if (!dev) return null
    const { ensureDevAdmin } = await import('./src/boot/seedAdmin')
    return ensureDevAdmin(payload, config.DATA_DIR)
  })

  const { default: next } = await import('next')
  const app = next({ dev, dir, hostname: host, port: config.PORT })
  const handle = app.getRequestHandler()
  await app.prepare()
  const { serveFastPath } = await import('./src/http/fastPath')
  const { assignTrace } = await import('./src/http/requestLog')

  const server = http.createServer((req, res) => {
    assignTrace(req, res)
    if (serveFastPath(req, res)) return
    void handle(req, res)
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve) => server.listen(config.PORT, host, resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.PORT
  const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`
  const source = process.env.PLAYBOOK_MARKET_SOURCE === 'replay' ? 'bundled replay (offline demo data)' : process.env.GAMMA_URL
  process.stdout.write(
    [
      '',
      `  Playbook ${dev ? 'development' : 'production'} server ready on ${base}`,
      `  admin:        ${base}/admin`,
      `  health:       ${base}/api/health`,
      `  market data:  ${source}`,
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
    server.closeIdleConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await app.close().catch(() => undefined)
    const { closeSharedResources } = await import('./src/boot/shutdown')
    await closeSharedResources()
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
