// SIGTERM: in-flight requests finish, live clients are told to reconnect elsewhere, new connections are refused,
// and the process exits cleanly.
import { describe, expect, inject, it } from 'vitest'

import { REPLAY_TAGS } from '../../replay/data/catalog'
import { startApp } from '../support/app'

const replayUrl = inject('replayUrl')

describe('graceful shutdown', () => {
  it('finishes in-flight work, closes SSE with a retry hint and exits 0', async () => {
    const app = await startApp(inject('appEnv'))
    const events = (await (await fetch(`${replayUrl}/events?tag_id=${REPLAY_TAGS.nhl.id}&closed=false&limit=3`)).json()) as { slug: string }[]
    const slug = events.at(-1)!.slug
    await fetch(`${replayUrl}/__replay/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ path: `/events/slug/${slug}`, latencyMs: 1_500 }]) })
    try {
      const live = await fetch(`${app.url}/api/v1/live?topics=config`)
      const reader = live.body!.getReader()
      const decoder = new TextDecoder()
      let stream = decoder.decode((await reader.read()).value)

      const inFlight = fetch(`${app.url}/api/v1/events/${slug}`)
      await new Promise((resolve) => setTimeout(resolve, 300))
      const exited = new Promise<number | null>((resolve) => app.process.once('exit', (code) => resolve(code)))
      const stoppedAt = Date.now()
      app.process.kill('SIGTERM')

      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) stream += decoder.decode(chunk.value)
      expect(stream).toContain('event: shutdown')
      expect(stream).toContain('retry: 500')

      const response = await inFlight
      expect(response.status).toBe(200)
      expect(((await response.json()) as { event: { slug: string } }).event.slug).toBe(slug)

      expect(await exited).toBe(0)
      expect(Date.now() - stoppedAt).toBeLessThan(10_000)
      await expect(fetch(`${app.url}/api/health`)).rejects.toThrow()
    } finally {
      await fetch(`${replayUrl}/__replay/faults`, { method: 'DELETE' })
      await app.stop()
    }
  })
})
