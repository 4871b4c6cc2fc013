/** What a preview page renders from: the draft or the published snapshot, through the app's one screen loader. */
import { notFound } from 'next/navigation'

import type { ContentSnapshots } from '../content/snapshots'
import type { ContentSnapshot } from '../content/types'
import { isAppError } from '../errors'
import type { Loaded } from '../http/cachedJson'

export type Which = 'draft' | 'published'

export const snapshotOf = (content: ContentSnapshots, which: Which): Promise<ContentSnapshot> =>
  which === 'draft' ? content.draftSnapshot() : content.publishedSnapshot()

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
