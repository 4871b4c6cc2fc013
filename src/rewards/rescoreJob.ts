/**
 * The admin's "re-score season" action: an endpoint that queues a Payload job, and the job. Jobs run on whichever
 * replica's cron picks them up (one at a time per job), so the work survives the request and, through the
 * re-score's own cursor, a restart; a failed run is retried and resumes.
 */
import type { Endpoint, TaskConfig } from 'payload'

import { hasRole } from '../access/roles'
import { buildSnapshot } from '../content/load'
import { rescoreSeason, rescoreStatus } from './rescore'
import { scoringFrom } from './scoring'

export const RESCORE_TASK = 'rescoreRewardSeason'

export const rescoreTask: TaskConfig<{ input: { seasonId: number }; output: { processed: number } }> = {
  slug: RESCORE_TASK,
  label: 'Re-score a reward season',
  inputSchema: [{ name: 'seasonId', type: 'number', required: true }],
  outputSchema: [{ name: 'processed', type: 'number' }],
  retries: 3,
  handler: async ({ input, req }) => {
    // Built now, not the replica's cached snapshot: the rules the editor just published are the point.
    const snapshot = await buildSnapshot(req.payload, { draft: false })
    const status = await rescoreSeason(req.payload.db.pool, scoringFrom(snapshot), input.seasonId)
    return { output: { processed: status.processed } }
  },
}

const seasonId = (value: unknown): number | null => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null)

/** POST queues a re-score of the season (admins only); GET tells how the latest one is doing. */
export const rescoreEndpoints: Endpoint[] = [
  {
    path: '/:id/rescore',
    method: 'post',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin')) return Response.json({ error: 'Only admins re-score seasons.' }, { status: 403 })
      const id = seasonId(req.routeParams?.id)
      const { docs } = await req.payload.find({ collection: 'reward-seasons', where: { id: { equals: id ?? -1 } }, depth: 0, limit: 1, overrideAccess: true })
      if (id === null || docs.length === 0) return Response.json({ error: 'No such season.' }, { status: 404 })
      if (docs[0]!._status !== 'published') return Response.json({ error: 'Publish the season first: re-scores use published rules.' }, { status: 409 })
      const job = await req.payload.jobs.queue({ task: RESCORE_TASK as never, input: { seasonId: id } as never, req })
      return Response.json({ queued: true, job: (job as { id: number | string }).id }, { status: 202 })
    },
  },
  {
    path: '/:id/rescore',
    method: 'get',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin', 'editor')) return Response.json({ error: 'Staff only.' }, { status: 403 })
      const id = seasonId(req.routeParams?.id)
      if (id === null) return Response.json({ error: 'No such season.' }, { status: 404 })
      return Response.json({ rescore: await rescoreStatus(req.payload.db.pool, id) })
    },
  },
]
