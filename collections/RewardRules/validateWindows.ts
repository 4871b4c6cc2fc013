/** Reward-rule windows: a rule's multiplier windows never overlap, nor do two rules for one activity in one season. */
import type { PayloadRequest } from 'payload'

import { decimalProblem } from '../../src/rewards/decimalText'

type Id = string | number

interface Interval {
  from: number
  until: number
}

const toInterval = (from: unknown, until: unknown): Interval => ({
  from: from ? Date.parse(String(from)) : Number.NEGATIVE_INFINITY,
  until: until ? Date.parse(String(until)) : Number.POSITIVE_INFINITY,
})

export const overlaps = (a: Interval, b: Interval): boolean => a.from < b.until && b.from < a.until

interface MultiplierWindow {
  startsAt?: string | null
  endsAt?: string | null
  multiplier?: unknown
}

export function validateMultiplierWindows(value: unknown): true | string {
  const windows = Array.isArray(value) ? (value as MultiplierWindow[]) : []
  for (const [index, window] of windows.entries()) {
    if (!window.startsAt || !window.endsAt) return `Window ${index + 1} needs a start and an end.`
    if (Date.parse(window.startsAt) >= Date.parse(window.endsAt)) return `Window ${index + 1} must start before it ends.`
    const problem = decimalProblem(window.multiplier, '0')
    if (problem) return `Window ${index + 1} multiplier: ${problem}`
  }
  for (let i = 0; i < windows.length; i++) {
    for (let j = i + 1; j < windows.length; j++) {
      if (overlaps(toInterval(windows[i]!.startsAt, windows[i]!.endsAt), toInterval(windows[j]!.startsAt, windows[j]!.endsAt))) {
        return `Multiplier windows ${i + 1} and ${j + 1} overlap.`
      }
    }
  }
  return true
}

interface RuleData {
  season?: Id | { id: Id } | null
  activityType?: string | null
  effectiveFrom?: string | null
  effectiveUntil?: string | null
}

/** Validate on `effectiveUntil`: no other rule for the same activity type and season is in force at the same time. */
export async function validateRuleWindow(value: unknown, { data, req, id }: { data: RuleData; req: PayloadRequest; id?: Id }): Promise<true | string> {
  const mine = toInterval(data?.effectiveFrom, value)
  if (mine.from >= mine.until) return 'A rule must start before it ends.'
  const season = data?.season && typeof data.season === 'object' ? data.season.id : data?.season
  if (!season || !data?.activityType) return true
  const { docs } = await req.payload.find({
    collection: 'reward-rules',
    where: { and: [{ season: { equals: season } }, { activityType: { equals: data.activityType } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
    depth: 0,
    pagination: false,
    select: { name: true, effectiveFrom: true, effectiveUntil: true },
    overrideAccess: true,
    req,
  })
  const clash = docs.find((doc) => overlaps(mine, toInterval(doc.effectiveFrom, doc.effectiveUntil)))
  return clash ? `Overlaps rule "${clash.name}" for the same activity type in this season.` : true
}
