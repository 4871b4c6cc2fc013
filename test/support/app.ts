/**
 * Starts the production server as `npm start` does (the compiled `dist/server.mjs` under NODE_ENV=production) as a
 * child process for tests and benches; `npm run build` makes it.
 */
import { type ChildProcess, spawn } from 'node:child_process'

import { freePort } from '../../src/db/embedded'

export interface RunningApp {
  url: string
  process: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

/** As in `npm start`: a 32 MB young generation, so a server allocating per request scavenges less often. */
const PRODUCTION_NODE_FLAGS = ['--max-semi-space-size=32', '--enable-source-maps']

export async function startApp(env: Record<string, string>, options: { timeoutMs?: number; nodeArgs?: string[] } = {}): Promise<RunningApp> {
  const port = await freePort()
  // node itself, not npx: SIGTERM must reach the server to test (and use) its graceful shutdown. The V8 flag is
  // the one `npm start` passes (see README, Production).
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, ...(options.nodeArgs ?? []), 'dist/server.mjs'], {
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? '/root',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start within ${options.timeoutMs ?? 120_000} ms:\n${output}`)), options.timeoutMs ?? 120_000)
    const onData = () => {
      if (output.includes('server ready on')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`app exited with ${code} before it was ready:\n${output}`))
    })
  })
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await exited
    },
  }
}
