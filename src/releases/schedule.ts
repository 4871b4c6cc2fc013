/**
 * Scheduled releases: a release with `publishAt` is `scheduled`, and a job queued to run at that moment publishes it
 * through the jobs queue (every replica polls; Payload runs a job once). Moving or clearing `publishAt` leaves the
 * old job to find the release changed and do nothing.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, TaskConfig } from 'payload'

import { isAppError } from '../errors'
import { logger } from '../log/logger'
import { PUBLISHABLE, type ReleaseStatus } from './model'
import { markReleaseFailed, publishRelease } from './operations'

export const PUBLISH_RELEASE_TASK = 'publishRelease'

const log = logger.child({ component: 'releases' })

/**
 * beforeChange: status, config version and history are written by the release's actions only; an editor's save
 * keeps them, except that setting or clearing `publishAt` schedules or unschedules a release not yet published.
 */
export const keepSystemFields: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (req.context.releaseAction) return data
  const status = (originalDoc?.status ?? 'draft') as ReleaseStatus
  const next = { ...data, status, configVersion: originalDoc?.configVersion ?? null, history: originalDoc?.history ?? [] }
  if (PUBLISHABLE.includes(status)) next.status = data.publishAt ? 'scheduled' : status === 'failed' ? 'failed' : 'draft'
  return next
}

/** afterChange: queue the publish job when a release is scheduled or its moment moves. */
export const scheduleRelease: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context.releaseAction || doc.status !== 'scheduled' || !doc.publishAt) return doc
  if (previousDoc?.status === 'scheduled' && previousDoc.publishAt === doc.publishAt) return doc
  await req.payload.jobs.queue({
    task: PUBLISH_RELEASE_TASK as never,
    input: { releaseId: doc.id, publishAt: doc.publishAt, userId: req.user ? Number(req.user.id) : null } as never,
    waitUntil: new Date(doc.publishAt),
    req,
  })
  return doc
}

interface PublishReleaseInput {
  releaseId: number
  publishAt: string
  userId?: number | null
}

export const publishReleaseTask: TaskConfig<{ input: PublishReleaseInput; output: { configVersion: number } }> = {
  slug: PUBLISH_RELEASE_TASK,
  label: 'Publish a scheduled release',
  inputSchema: [
    { name: 'releaseId', type: 'number', required: true },
    { name: 'publishAt', type: 'text', required: true },
    { name: 'userId', type: 'number' },
  ],
  outputSchema: [{ name: 'configVersion', type: 'number' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const release = await payload.findByID({ collection: 'releases', id: input.releaseId, depth: 0, overrideAccess: true, disableErrors: true })
    // Unscheduled, rescheduled or deleted since this job was queued: a newer job (or nobody) publishes it.
    if (!release || release.status !== 'scheduled' || !release.publishAt || new Date(release.publishAt).getTime() !== new Date(input.publishAt).getTime()) {
      return { output: { configVersion: 0 } }
    }
    const user = input.userId ? await payload.findByID({ collection: 'users', id: input.userId, depth: 0, overrideAccess: true, disableErrors: true }) : null
    try {
      const { configVersion } = await publishRelease(payload, input.releaseId, user ? { ...user, collection: 'users' } as never : null)
      log.info({ release: input.releaseId, configVersion }, 'scheduled release published')
      return { output: { configVersion } }
    } catch (error) {
      // An invalid document will not become valid by retrying: the release says what failed and waits for an editor.
      if (!isAppError(error, 'Unprocessable')) throw error
      log.warn({ release: input.releaseId, err: error }, 'scheduled release could not publish')
      await markReleaseFailed(payload, input.releaseId, error.extensions ?? { detail: error.detail })
      return { output: { configVersion: 0 } }
    }
  },
}
