/**
 * Reads the configuration the app shows: one Local API query per collection (depth 0, no pagination, no count),
 * so building a snapshot costs the same number of queries with 10 tags or 10,000.
 */
import type { Payload } from 'payload'

import { type ContentDocuments, compileSnapshot } from './compile'
import type { ContentSnapshot } from './types'

type ContentSlug = 'explore-tags' | 'sports' | 'teams' | 'market-display-rules' | 'props-vocabulary' | 'tournaments' | 'reward-seasons' | 'reward-rules'

export async function loadContentDocuments(payload: Payload, draft: boolean): Promise<ContentDocuments> {
  // A published snapshot reads only published documents; a draft snapshot reads each document's latest version.
  const read = <S extends ContentSlug>(collection: S) =>
    payload
      .find({
        collection,
        depth: 0,
        pagination: false,
        draft,
        overrideAccess: true,
        ...(draft ? {} : { where: { _status: { equals: 'published' } } }),
      })
      .then((result) => result.docs)
  const [exploreTags, sports, teams, displayRules, props, tournaments, seasons, rewardRules] = await Promise.all([
    read('explore-tags'),
    read('sports'),
    read('teams'),
    read('market-display-rules'),
    read('props-vocabulary'),
    read('tournaments'),
    read('reward-seasons'),
    read('reward-rules'),
  ])
  return { exploreTags, sports, teams, displayRules, props, tournaments, seasons, rewardRules } as ContentDocuments
}

export async function buildSnapshot(payload: Payload, options: { draft: boolean; now?: Date }): Promise<ContentSnapshot> {
  return compileSnapshot(await loadContentDocuments(payload, options.draft), { draft: options.draft, now: options.now ?? new Date() })
}

/** Which configuration a preview builds: see ContentSnapshots.previewSnapshot. */
export interface PreviewSnapshotSource {
  which: 'draft' | 'published' | 'release'
  releaseId?: string
  at?: Date
}

export async function buildPreviewSnapshot(payload: Payload, source: PreviewSnapshotSource): Promise<ContentSnapshot> {
  return buildSnapshot(payload, { draft: source.which === 'draft', now: source.at ?? new Date() })
}
