// With the database away, a replica keeps serving the last snapshot it built, and recovers when it is back.
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { ContentSnapshots } from '../../../src/content/snapshots'

/** A Local API stand-in whose finds return no documents, or fail while `down`. */
function fakePayload(state: { down: boolean; finds: number }): Payload {
  return {
    find: async () => {
      state.finds++
      if (state.down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
      return { docs: [] }
    },
  } as unknown as Payload
}

describe('content snapshots while Postgres is down', () => {
  it('serve the last good snapshot after a change they cannot rebuild, then rebuild once it is back', async () => {
    const state = { down: false, finds: 0 }
    const snapshots = new ContentSnapshots(async () => fakePayload(state))
    const first = await snapshots.publishedSnapshot()

    state.down = true
    snapshots.changed(null)
    expect(await snapshots.publishedSnapshot()).toBe(first)
    expect(await snapshots.publishedSnapshot()).toBe(first)

    state.down = false
    const finds = state.finds
    const rebuilt = await snapshots.publishedSnapshot()
    expect(rebuilt).not.toBe(first)
    expect(state.finds).toBeGreaterThan(finds)
  })

  it('fail when there is no snapshot to fall back on', async () => {
    const snapshots = new ContentSnapshots(async () => fakePayload({ down: true, finds: 0 }))
    await expect(snapshots.publishedSnapshot()).rejects.toThrow(/ECONNREFUSED/)
  })
})
