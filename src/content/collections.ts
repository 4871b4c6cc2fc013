/** The collections whose published documents make up the configuration the app shows. */
import type { ContentDocuments } from './compile'

export const CONTENT_COLLECTIONS = {
  'explore-tags': 'exploreTags',
  sports: 'sports',
  teams: 'teams',
  'market-display-rules': 'displayRules',
  'props-vocabulary': 'props',
  tournaments: 'tournaments',
  'reward-seasons': 'seasons',
  'reward-rules': 'rewardRules',
} as const satisfies Record<string, keyof ContentDocuments>

export type ContentCollection = keyof typeof CONTENT_COLLECTIONS

export const isContentCollection = (slug: string): slug is ContentCollection => Object.hasOwn(CONTENT_COLLECTIONS, slug)
