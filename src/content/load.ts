/**
 * Reads the configuration the app shows: one Local API query per collection (depth 0, no pagination, no count),
 * so building a snapshot costs the same number of queries with 10 tags or 10,000. All of a snapshot's reads see one
 * database snapshot: a release committing meanwhile is in it whole or not at all, and so is its config version.
 */
import type { Payload, PayloadRequest } from 'payload'

import { inReadSnapshot } from '../db/transaction'
import { notFound } from '../errors'
import { CONTENT_COLLECTIONS, type ContentCollection, isContentCollection } from './collections'
import { type ContentDocuments, compileSnapshot } from './compile'
import { currentConfigVersion } from './history'
import type { ContentSnapshot } from './types'

export async function loadContentDocuments(payload: Payload, draft: boolean, req?: PayloadRequest): Promise<ContentDocuments> {
  // A published snapshot reads only published documents; a draft snapshot reads each document's latest version.
  const read = (collection: ContentCollection) =>
    payload
      .find({
        collection,
        depth: 0,
        pagination: false,
        draft,
        overrideAccess: true,
        ...(req ? { req } : {}),
        ...(draft ? {} : { where: { _status: { equals: 'published' } } }),
      })
      .then((result) => [CONTENT_COLLECTIONS[collection], result.docs] as const)
  const collections = Object.keys(CONTENT_COLLECTIONS) as ContentCollection[]
  // On one transaction's connection the queries run one after another anyway: await each (pg deprecates queuing).
  const lists = []
  if (req) for (const collection of collections) lists.push(await read(collection))
  else lists.push(...(await Promise.all(collections.map(read))))
  return Object.fromEntries(lists) as unknown as ContentDocuments
}

export async function buildSnapshot(payload: Payload, options: { draft: boolean; now?: Date }): Promise<ContentSnapshot> {
  return inReadSnapshot(payload, async (req, db) => {
    const documents = await loadContentDocuments(payload, options.draft, req)
    const configVersion = await currentConfigVersion(db)
    return compileSnapshot(documents, {
      draft: options.draft,
      now: options.now ?? new Date(),
      configVersion,
    })
  })
}

/** Which configuration a preview builds: see ContentSnapshots.previewSnapshot. */
export interface PreviewSnapshotSource {
  which: 'draft' | 'published' | 'release'
  releaseId?: string
  at?: Date
}

/** A document the preview shows as published (its latest draft) or removes (unpublished). */
export interface Overlay {
  collection: ContentCollection
  id: number
  publish: boolean
}

interface ScheduledJob {
  input?: {
    type?: string
    doc?: { relationTo?: string; value?: string | number }
  } | null
}

/** The scheduled publishes and releases due by `at`, in the order they will run. */
async function scheduledBy(payload: Payload, req: PayloadRequest, at: Date): Promise<Overlay[]> {
  // One after another: both run on the preview's one transaction connection.
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { waitUntil: { less_than_equal: at.toISOString() } }],
    },
    sort: 'waitUntil',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const releases = await payload.find({
    collection: 'releases',
    where: {
      and: [{ status: { equals: 'scheduled' } }, { publishAt: { less_than_equal: at.toISOString() } }],
    },
    sort: 'publishAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const fromJobs = (jobs.docs as ScheduledJob[]).flatMap(({ input }) => {
    const collection = input?.doc?.relationTo
    return collection && isContentCollection(collection)
      ? [
          {
            collection,
            id: Number(input.doc!.value),
            publish: input.type !== 'unpublish',
          },
        ]
      : []
  })
  return [...fromJobs, ...releases.docs.flatMap((release) => releaseOverlays(release.documents))]
}

type DocumentRef = { relationTo: string; value: number | { id: number } }

/** A release's documents, each shown as its latest draft. */
export const releaseOverlays = (documents: DocumentRef[] | null | undefined): Overlay[] =>
  (documents ?? []).flatMap((ref) =>
    isContentCollection(ref.relationTo)
      ? [
          {
            collection: ref.relationTo,
            id: typeof ref.value === 'object' ? ref.value.id : ref.value,
            publish: true,
          },
        ]
      : [],
  )

/** The published documents with `overlays` applied in order: each document's latest draft put in, or taken out. */
async function overlaid(payload: Payload, req: PayloadRequest, documents: ContentDocuments, overlays: Overlay[]): Promise<ContentDocuments> {
  const lists = Object.fromEntries(Object.entries(documents).map(([key, docs]) => [key, new Map((docs as { id: number }[]).map((doc) => [doc.id, doc]))])) as Record<string, Map<number, unknown>>
  const drafts: unknown[] = []
  for (const overlay of overlays) {
    drafts.push(
      overlay.publish
        ? await payload.findByID({
            collection: overlay.collection,
            id: overlay.id,
            draft: true,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
            req,
          })
        : null,
    )
  }
  overlays.forEach((overlay, i) => {
    const list = lists[CONTENT_COLLECTIONS[overlay.collection]]!
    const draft = drafts[i]
    if (draft) list.set(overlay.id, draft)
    else list.delete(overlay.id)
  })
  return Object.fromEntries(Object.entries(lists).map(([key, docs]) => [key, [...docs.values()]])) as unknown as ContentDocuments
}

/**
 * The published configuration with a release applied, or as it will be at a moment (the scheduled publishes and
 * releases due by then applied, and time windows evaluated then), or the draft as of a moment.
 */
export async function buildPreviewSnapshot(payload: Payload, source: PreviewSnapshotSource): Promise<ContentSnapshot> {
  const now = source.at ?? new Date()
  if (source.which === 'draft') return buildSnapshot(payload, { draft: true, now })
  return inReadSnapshot(payload, async (req, db) => {
    const documents = await loadContentDocuments(payload, false, req)
    const configVersion = await currentConfigVersion(db)
    const overlays: Overlay[] = source.at ? await scheduledBy(payload, req, source.at) : []
    if (source.which === 'release') {
      const release = await payload.findByID({
        collection: 'releases',
        id: Number(source.releaseId),
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      if (!release)
        throw notFound('release.not_found', {
          detail: `No release ${source.releaseId}.`,
        })
      overlays.push(...releaseOverlays(release.documents as DocumentRef[] | undefined))
    }
    return compileSnapshot(overlays.length ? await overlaid(payload, req, documents, overlays) : documents, { draft: true, now, configVersion })
  })
}
