// With the database away, a replica keeps serving the last snapshot it built, and recovers when it is back.
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { compileSnapshot } from '../../../src/content/compile'
import { ContentSnapshots } from '../../../src/content/snapshots'

const none = { exploreTags: [], sports: [], teams: [], displayRules: [], props: [], tournaments: [], seasons: [], rewardRules: [] }

/** A snapshot reader over an empty database that fails while `down`, counting its reads. */
const reader = (state: { down: boolean; finds: number }) => async () => {
  state.finds++
  if (state.down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
  return compileSnapshot(none, { draft: false, now: new Date() })
}
const payload = async () => ({}) as Payload

describe('content snapshots while Postgres is down', () => {
  it('serve the last good snapshot after a change they cannot rebuild, then rebuild once it is back', async () => {
    const state = { down: false, finds: 0 }
    const snapshots = new ContentSnapshots(payload, reader(state))
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
    const snapshots = new ContentSnapshots(payload, reader({ down: true, finds: 0 }))
    await expect(snapshots.publishedSnapshot()).rejects.toThrow(/ECONNREFUSED/)
  })
})
