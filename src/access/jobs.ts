/**
 * Access to Payload's job queue (scheduled publishes, re-scores). Payload lets every logged-in user queue, run and
 * cancel jobs by default, and its admin schedules publishes through a server function that checks nothing beyond
 * admin access: a QA user could publish any draft at a time of their choosing. Here: staff read the queue; only
 * admins write it directly; editors schedule publishes of content they may publish.
 */
import { type CollectionConfig, Forbidden, type ServerFunction } from 'payload'

import { isAdmin } from './isAdmin'
import { isStaff } from './isStaff'
import { hasRole } from './roles'

const adminOnly = ({ req }: { req: { user?: unknown } }): boolean => hasRole(req.user, 'admin')

/** `jobs.access` in the Payload config: queue, run and cancel through the REST and Local APIs. */
export const jobAccess = { queue: adminOnly, run: adminOnly, cancel: adminOnly }

/** The `payload-jobs` collection: staff read it, admins alone create, change or delete jobs. */
export const jobsCollectionAccess = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => ({
  ...defaultJobsCollection,
  access: { ...defaultJobsCollection.access, read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
})

/** Wraps the admin's `schedule-publish` server function: only admins and editors schedule (or unschedule). */
export function editorsOnly<A extends object, R>(handler: ServerFunction<A, R>): ServerFunction<A, R> {
  return (args) => {
    if (!hasRole(args.req.user, 'admin', 'editor')) throw new Forbidden(args.req.t)
    return handler(args)
  }
}
