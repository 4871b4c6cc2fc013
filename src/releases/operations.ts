/**
 * Publishing a release, reverting it, and restoring the whole configuration to an earlier version. Each is one
 * transaction that writes every document through Payload (so validation, hooks and version history apply as for
 * an editor's save), records one config version and queues one notification: the replicas rebuild once, after
 * commit, and no reader ever sees part of it.
 *
 * Every document is first tried on its own in a transaction that is rolled back, so that an invalid one is reported
 * with the others' errors and nothing changes.
 */
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, ValidationError } from 'payload'

import type { ContentCollection } from '../content/collections'
import { advanceConfigVersion, currentConfigVersion, type PublishedDoc, statesAtVersion, statesBeforeVersion, type TargetState, type VersionMeta } from '../content/history'
import { RESTORING_PUBLISHED_STATE } from '../content/marketChecks'
import { notifyContentChange } from '../content/notify'
import { startConfigBatch } from '../content/track'
import { transactionDb } from '../db/transaction'
import { conflict, notFound, unprocessable } from '../errors'
import { PUBLISHABLE, type ReleaseStatus } from './model'

type User = PayloadRequest['user']

/** One document's write within a release, revert or restore. */
interface Step {
  collection: ContentCollection
  id: number
  write: (req: PayloadRequest) => Promise<void>
}

export interface DocumentErrors {
  collection: string
  id: number
  errors: { path: string; message: string }[]
}

export interface ConfigResult {
  configVersion: number
  documents: number
}

/** Passed to every hook of the writes (e.g. seeding scripts and tests turn the upstream tag check off). */
export interface OperationOptions {
  context?: Record<string, unknown>
}

/** A Local API request for `user` with its own open transaction. */
async function transactionalRequest(payload: Payload, user: User, options: OperationOptions, releaseAction = false): Promise<PayloadRequest> {
  const req = await createLocalReq({ user: user ?? undefined, context: { ...options.context, ...(releaseAction ? { releaseAction: true } : {}) } }, payload)
  await initTransaction(req)
  return req
}

const errorsOf = (error: unknown): DocumentErrors['errors'] => {
  if (error instanceof ValidationError) return error.data.errors.map(({ path, message }) => ({ path, message }))
  return [{ path: '', message: error instanceof Error ? error.message : String(error) }]
}

/** Runs each step alone in a transaction that is always rolled back; returns every failing document's errors. */
async function tryEach(payload: Payload, user: User, steps: Step[], options: OperationOptions): Promise<DocumentErrors[]> {
  const failures: DocumentErrors[] = []
  for (const step of steps) {
    const req = await transactionalRequest(payload, user, options)
    startConfigBatch(req)
    try {
      await step.write(req)
    } catch (error) {
      failures.push({ collection: step.collection, id: step.id, errors: errorsOf(error) })
    } finally {
      await killTransaction(req)
    }
  }
  return failures
}

const invalid = (failures: DocumentErrors[]) =>
  unprocessable('release.invalid_documents', {
    detail: `${failures.length} document(s) cannot be published: ${failures.map((f) => `${f.collection} ${f.id} (${f.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')})`).join(', ')}.`,
    extensions: { documents: failures },
  })

/**
 * Validates `steps`, then runs them in one transaction with `lock` first (it may refuse), records one config
 * version, runs `finish` with it, and queues one notification. Nothing is written when any step fails.
 */
async function inOneVersion(
  payload: Payload,
  user: User,
  steps: Step[],
  meta: VersionMeta,
  options: OperationOptions,
  hooks: { lock?: (req: PayloadRequest) => Promise<void>; finish?: (req: PayloadRequest, configVersion: number) => Promise<void> } = {},
): Promise<ConfigResult> {
  const failures = await tryEach(payload, user, steps, options)
  if (failures.length > 0) throw invalid(failures)
  const req = await transactionalRequest(payload, user, options, true)
  const batch = startConfigBatch(req)
  try {
    await hooks.lock?.(req)
    for (const step of steps) {
      try {
        await step.write(req)
      } catch (error) {
        // Valid a moment ago, refused now (an edit in between): still all or nothing.
        throw invalid([{ collection: step.collection, id: step.id, errors: errorsOf(error) }])
      }
    }
    const db = await transactionDb(req)
    const configVersion = await advanceConfigVersion(db, { ...meta, user }, batch.changes)
    await hooks.finish?.(req, configVersion)
    const [first] = batch.changes
    await notifyContentChange(db, {
      collection: meta.releaseId ? 'releases' : (first?.collection ?? 'config'),
      id: meta.releaseId ?? first?.id ?? configVersion,
      status: 'published',
      configVersion,
      ...(meta.releaseId ? { release: meta.releaseId } : {}),
    })
    await commitTransaction(req)
    return { configVersion, documents: batch.changes.length }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** A document's fields as an editor would submit them. */
function contentOf(doc: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, createdAt: _created, updatedAt: _updated, _status, ...fields } = doc
  return fields
}

/** Publishes the document's latest draft. */
const publishLatestDraft = (collection: ContentCollection, id: number): Step => ({
  collection,
  id,
  write: async (req) => {
    const draft = await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!draft) throw new Error('The document no longer exists.')
    await req.payload.update({ collection, id, data: { ...contentOf(draft as unknown as Record<string, unknown>), _status: 'published' } as never, draft: false, depth: 0, overrideAccess: true, req })
  },
})

/** Brings back a document's published state (`null`: not published), as a new version. */
const restoreState = ({ collection, id, state }: TargetState): Step => ({
  collection,
  id,
  write: async (req) => {
    req.context[RESTORING_PUBLISHED_STATE] = true
    const current = await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })
    if (state) {
      const data = { ...contentOf(state), _status: 'published' } as never
      if (current) await req.payload.update({ collection, id, data, draft: false, depth: 0, overrideAccess: true, req })
      else await req.payload.create({ collection, data, depth: 0, overrideAccess: true, req })
    } else if ((current as PublishedDoc & { _status?: string } | null)?._status === 'published') {
      await req.payload.update({ collection, id, data: { _status: 'draft' } as never, draft: false, depth: 0, overrideAccess: true, req })
    }
  },
})

interface ReleaseDoc {
  id: number
  title: string
  status: ReleaseStatus
  configVersion?: number | null
  documents?: { relationTo: string; value: number | { id: number } }[] | null
  history?: { action: string; at: string; by?: number | null; configVersion?: number | null; detail?: unknown }[] | null
}

async function findRelease(payload: Payload, id: number, req?: PayloadRequest): Promise<ReleaseDoc> {
  const release = await payload.findByID({ collection: 'releases', id, depth: 0, overrideAccess: true, disableErrors: true, ...(req ? { req } : {}) })
  if (!release) throw notFound('release.not_found', { detail: `No release ${id}.` })
  return release as unknown as ReleaseDoc
}

/** Holds the release's row until commit (a second publish of it waits, then sees its new status) and re-reads it. */
async function lockRelease(req: PayloadRequest, id: number): Promise<ReleaseDoc> {
  await (await transactionDb(req)).execute(sql`select id from releases where id = ${id} for update`)
  return findRelease(req.payload, id, req)
}

type HistoryEntry = NonNullable<ReleaseDoc['history']>[number]

async function updateRelease(req: PayloadRequest, release: ReleaseDoc, data: Partial<ReleaseDoc>, entry: Omit<HistoryEntry, 'at' | 'by'>): Promise<void> {
  const history = [...(release.history ?? []), { ...entry, at: new Date().toISOString(), by: req.user ? Number(req.user.id) : null }]
  await req.payload.update({ collection: 'releases', id: release.id, data: { ...data, history } as never, depth: 0, overrideAccess: true, req })
}

const stepsOf = (release: ReleaseDoc): Step[] =>
  (release.documents ?? []).map((ref) => publishLatestDraft(ref.relationTo as ContentCollection, typeof ref.value === 'object' ? ref.value.id : ref.value))

/** Publishes every document of a draft, scheduled or failed release at once. */
export async function publishRelease(payload: Payload, id: number, user: User, options: OperationOptions = {}): Promise<ConfigResult> {
  const release = await findRelease(payload, id)
  if (!PUBLISHABLE.includes(release.status)) throw conflict('release.not_publishable', { detail: `Release ${id} is ${release.status}.` })
  const steps = stepsOf(release)
  if (steps.length === 0) throw unprocessable('release.empty', { detail: `Release ${id} names no documents.` })
  return inOneVersion(payload, user, steps, { action: 'release', releaseId: id }, options, {
    lock: async (req) => {
      const current = await lockRelease(req, id)
      if (!PUBLISHABLE.includes(current.status)) throw conflict('release.not_publishable', { detail: `Release ${id} is ${current.status}.` })
    },
    finish: async (req, configVersion) => updateRelease(req, await findRelease(payload, id, req), { status: 'published', configVersion }, { action: 'published', configVersion }),
  })
}

/** Records why a scheduled release could not publish, so the release says so (nothing else changes). */
export async function markReleaseFailed(payload: Payload, id: number, detail: unknown): Promise<void> {
  const req = await transactionalRequest(payload, null, {}, true)
  try {
    await updateRelease(req, await lockRelease(req, id), { status: 'failed' }, { action: 'failed', detail })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Puts every document of a published release back as it was before it, as new versions. */
export async function revertRelease(payload: Payload, id: number, user: User, options: OperationOptions = {}): Promise<ConfigResult> {
  const release = await findRelease(payload, id)
  if (release.status !== 'published' || !release.configVersion) throw conflict('release.not_published', { detail: `Release ${id} is ${release.status}: only a published release is reverted.` })
  const targets = await statesBeforeVersion(payload.db.drizzle as never, release.configVersion)
  return inOneVersion(payload, user, targets.map(restoreState), { action: 'revert', releaseId: id }, options, {
    lock: async (req) => {
      const current = await lockRelease(req, id)
      if (current.status !== 'published') throw conflict('release.not_published', { detail: `Release ${id} is ${current.status}.` })
    },
    finish: async (req, configVersion) => updateRelease(req, await findRelease(payload, id, req), { status: 'reverted' }, { action: 'reverted', configVersion }),
  })
}

/** Restores the whole published configuration to what it was at `version`, as new versions. */
export async function restoreVersion(payload: Payload, version: number, user: User, options: OperationOptions = {}): Promise<ConfigResult> {
  const db = payload.db.drizzle as never
  const targets = await statesAtVersion(db, version)
  if (!targets) throw notFound('config.version_not_found', { detail: `No config version ${version}.` })
  if (targets.length === 0) return { configVersion: await currentConfigVersion(db), documents: 0 }
  return inOneVersion(payload, user, targets.map(restoreState), { action: 'restore', restoredFrom: version }, options)
}
