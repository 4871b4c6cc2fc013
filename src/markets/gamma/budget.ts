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

/** A spend recorded ahead of a call, for the buckets it covers (see `runPrepaid`). */
interface Credit {
  buckets: ReadonlySet<string>
  used: boolean
}

const prepaid = new AsyncLocalStorage<Credit>()

/**
 * Runs `work` with its first upstream call in `buckets` paid for: a cache read recorded the spend in the round trip
 * that took the load's lock, so that call does not record it again. Later calls (retries, further pages) spend as usual.
 */
export const runPrepaid = <T>(buckets: readonly string[], work: () => Promise<T>): Promise<T> => prepaid.run({ buckets: new Set(buckets), used: false }, work)

/** True, once, when the running work holds a spend recorded for every one of `buckets`. */
export function takePrepaid(buckets: readonly string[]): boolean {
  const credit = prepaid.getStore()
  if (!credit || credit.used || !buckets.every((bucket) => credit.buckets.has(bucket))) return false
  credit.used = true
  return true
}

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
