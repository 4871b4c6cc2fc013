// A production replica is a front process answering cache hits and a worker hosting Next: hits never reach the
// worker yet are counted in its metrics; a publish empties the front's copy as it empties the worker's cache; and
// the pair lives and dies together.
import { describe, expect, inject, it } from 'vitest'

import { type RunningApp, startApp } from '../support/app'

const workerPid = (app: RunningApp) => Number(/worker (\d+) \(Next/.exec(app.output())?.[1])
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
const ops = { authorization: `Bearer ${inject('appEnv').OPS_TOKEN}` }
const fastPathHits = async (app: RunningApp) => {
  const text = await (await fetch(`${app.url}/api/metrics`, { headers: ops })).text()
  return Number(/^playbook_response_cache_fast_path_hits_total (\d+)/m.exec(text)?.[1])
}

describe('front process and worker', () => {
  it('answers hits in the front and counts them in the worker’s metrics; a worker that dies ends the front', async () => {
    const app = await startApp({ ...inject('appEnv'), REDIS_KEY_PREFIX: `pb:front:${Date.now()}:`, WORKER_HEAP_MB: '512' })
    try {
      const worker = workerPid(app)
      expect(worker).toBeGreaterThan(0)
      expect(worker).not.toBe(app.process.pid)
      // The worker's heap is bounded by WORKER_HEAP_MB (V8's limit adds the young generation: 512 + 3 × 32 MB here).
      const { process: figures } = (await (await fetch(`${app.url}/api/metrics?format=json`, { headers: ops })).json()) as { process: { heapLimitBytes: number } }
      expect(figures.heapLimitBytes / 2 ** 20).toBeGreaterThanOrEqual(512)
      expect(figures.heapLimitBytes / 2 ** 20).toBeLessThan(768)
      expect((await fetch(`${app.url}/api/v1/explore`)).headers.get('x-cache')).toBe('miss')
      const before = await fastPathHits(app)
      for (let i = 0; i < 5; i++) expect((await fetch(`${app.url}/api/v1/explore`)).headers.get('x-cache')).toBe('hit')
      expect(await fastPathHits(app)).toBe(before + 5)

      const exited = new Promise<number | null>((resolve) => app.process.once('exit', (code) => resolve(code)))
      process.kill(worker, 'SIGKILL')
      expect(await exited).toBe(1)
    } finally {
      await app.stop()
    }
  })

  it('takes the worker with it when the front is killed', async () => {
    const app = await startApp({ ...inject('appEnv'), REDIS_KEY_PREFIX: `pb:front:${Date.now()}:` })
    const worker = workerPid(app)
    expect(alive(worker)).toBe(true)
    app.process.kill('SIGKILL')
    await expect.poll(() => alive(worker), { timeout: 15_000 }).toBe(false)
  })
})
