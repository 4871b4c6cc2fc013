/** What a release may hold and the states it moves through. */
export const RELEASE_COLLECTIONS = ['explore-tags', 'sports', 'teams', 'market-display-rules', 'props-vocabulary', 'tournaments', 'reward-rules'] as const

export const RELEASE_STATUSES = ['draft', 'scheduled', 'published', 'reverted', 'failed'] as const
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number]

/** Publishable from these; a published release is reverted, not published again. */
export const PUBLISHABLE: readonly ReleaseStatus[] = ['draft', 'scheduled', 'failed']
