/** A private redis-server for tests that stop Redis or count its commands without disturbing other tests. */
import { type ChildProcess, spawn } from 'node:child_process'

import { Redis } from 'ioredis'

import { freePort } from '../../src/db/embedded'
import { ensureRedisServer } from './services'

export interface PrivateRedis {
  url: string
  port: number
  start: () => Promise<void>
  stop: () => Promise<void>
}

export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort()
  let child: ChildProcess | undefined
  const handle: PrivateRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    start: async () => {
      child = spawn(ensureRedisServer(), ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
      const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
      probe.on('error', () => {})
      for (let attempt = 0; attempt < 100; attempt++) {
        try {
          await probe.connect()
          await probe.ping()
          break
        } catch {
          probe.disconnect()
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
      }
      probe.disconnect()
    },
    stop: async () => {
      if (!child || child.exitCode !== null) return
      const exited = new Promise((resolve) => child!.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
    },
  }
  await handle.start()
  return handle
}

/** How many times the server ran `command` (from INFO commandstats). */
export async function commandCalls(redis: Redis, command: string): Promise<number> {
  const info = await redis.info('commandstats')
  const match = new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(info)
  return match ? Number(match[1]) : 0
}
