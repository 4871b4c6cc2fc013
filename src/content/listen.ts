/**
 * One LISTEN connection per replica on the content channel. Notifications arrive only after the publishing
 * transaction commits (see notify.ts); a dropped connection reconnects with backoff and reports a gap, since
 * changes made while it was down were missed.
 */
import pg from 'pg'

import { logger } from '../log/logger'
import { CONTENT_CHANNEL, type ContentChange } from './notify'

const log = logger.child({ component: 'content-listener' })

export interface ContentListener {
  stop: () => Promise<void>
  /** Resolves once the LISTEN is in place (tests wait on it before publishing). */
  ready: Promise<void>
}

/** Calls `onChange` per committed change, and with `null` after a reconnect (everything may have changed). */
export function listenForContentChanges(connectionString: string, onChange: (change: ContentChange | null) => void): ContentListener {
  let client: pg.Client | null = null
  let stopped = false
  let attempt = 0
  let markReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => (markReady = resolve))

  const connect = async (): Promise<void> => {
    if (stopped) return
    const next = new pg.Client({ connectionString, application_name: 'playbook-content-listener' })
    next.on('notification', (message) => {
      if (message.channel !== CONTENT_CHANNEL || !message.payload) return
      try {
        onChange(JSON.parse(message.payload) as ContentChange)
      } catch (error) {
        log.error({ err: error, payload: message.payload }, 'unreadable content notification')
        onChange(null)
      }
    })
    next.on('error', (error) => {
      log.warn({ err: error }, 'content listener connection failed; reconnecting')
      void reconnect(next)
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${CONTENT_CHANNEL}`)
      client = next
      if (attempt > 0) onChange(null)
      attempt = 0
      markReady()
    } catch (error) {
      log.warn({ err: error }, 'content listener could not connect; retrying')
      await reconnect(next)
    }
  }

  const reconnect = async (failed: pg.Client): Promise<void> => {
    if (client === failed) client = null
    failed.removeAllListeners('notification')
    void failed.end().catch(() => undefined)
    if (stopped) return
    attempt++
    await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 100 * 2 ** attempt)).unref())
    await connect()
  }

  void connect()
  return {
    ready,
    stop: async () => {
      stopped = true
      await client?.end().catch(() => undefined)
      client = null
    },
  }
}
