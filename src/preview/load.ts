/**
 * What a preview page renders from: the draft, the published configuration, or the published configuration with one
 * release applied, optionally as of a moment (scheduled publishes due by then applied, time windows evaluated then);
 * always through the app's one screen loader.
 */
import { notFound } from 'next/navigation'

import type { ContentSnapshots } from '../content/snapshots'
import type { ContentSnapshot } from '../content/types'
import { isAppError } from '../errors'
import type { Loaded } from '../http/cachedJson'
import type { SearchParams } from './token'

export type Which = 'draft' | 'published' | 'release'

/** Which configuration a preview shows, read from its query: `which`, `release` (an id) and `at` (a moment). */
export interface PreviewSource {
  which: Which
  /** With `which: 'release'`: the release applied on top of the published configuration. */
  releaseId?: string
  /** Render as of this moment instead of now. */
  at?: Date
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Unreadable values fall back to the draft, now. */
export function previewSourceOf(params: SearchParams): PreviewSource {
  const which = first(params.which)
  const release = first(params.release)
  const at = first(params.at)
  const moment = at ? new Date(at.length === 16 ? `${at}:00Z` : at) : undefined
  const source: PreviewSource = { which: which === 'published' ? 'published' : which === 'release' && release && /^\d{1,12}$/.test(release) ? 'release' : 'draft' }
  if (source.which === 'release') source.releaseId = release
  if (moment && !Number.isNaN(moment.getTime())) source.at = moment
  return source
}

export interface PreviewContent {
  snapshot: ContentSnapshot
  /** The moment the screens are built for: pass it to every screen loader call. */
  now: Date
}

export const snapshotOf = (content: ContentSnapshots, which: 'draft' | 'published'): Promise<ContentSnapshot> =>
  which === 'draft' ? content.draftSnapshot() : content.publishedSnapshot()

/** The snapshot and moment a preview page renders. */
export async function previewContent(content: ContentSnapshots, source: PreviewSource): Promise<PreviewContent> {
  const now = source.at ?? new Date()
  if (source.which === 'release' || source.at) return { snapshot: await content.previewSnapshot(source), now }
  return { snapshot: await snapshotOf(content, source.which), now }
}

/** The view, or null when the screen has nothing to show (an unknown tag, event or tournament). */
export async function viewOrNull<T>(loading: Promise<Loaded<T>>): Promise<T | null> {
  try {
    return (await loading).view
  } catch (error) {
    if (isAppError(error, 'NotFound')) return null
    throw error
  }
}

/** The view, or Next's not-found page. */
export async function viewOrNotFound<T>(loading: Promise<Loaded<T>>): Promise<T> {
  return (await viewOrNull(loading)) ?? notFound()
}
