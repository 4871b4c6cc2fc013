/**
 * Two upstream budgets: what users' cache misses may spend, and what background refreshes may. A flood of misses
 * (distinct searches, unknown slugs) uses at most `USER_SHARE` of each window, so the refreshes that keep every
 * screen fresh always find room; refreshes may use the whole window when users leave it free. The class of a call
 * is carried by the async context of whoever started it.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export type BudgetClass = 'user' | 'background'

/** The part of each upstream window that user-driven misses may spend. */
export const USER_SHARE = 0.7

const scope = new AsyncLocalStorage<BudgetClass>()

/** Runs `work` (a background refresh) on the background budget. */
export const runInBackground = <T>(work: () => Promise<T>): Promise<T> => scope.run('background', work)

export const currentBudgetClass = (): BudgetClass => scope.getStore() ?? 'user'

/** The buckets a call of `budget` draws from: the shared ones, and for users their capped share of each. */
export function budgetBuckets(buckets: readonly string[], budget: BudgetClass): string[] {
  return budget === 'background' ? [...buckets] : [...buckets, ...buckets.map((bucket) => `${bucket}:user`)]
}

/** Limits for `budgetBuckets`: each bucket's own, and the user share of it. */
export function budgetLimits(limits: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(limits).flatMap(([bucket, limit]) => [[bucket, limit], [`${bucket}:user`, Math.max(1, Math.floor(limit * USER_SHARE))]]))
}
