/**
 * The body of `POST /api/v1/rewards/activities`: one activity, or `{ activities: [...] }` with up to 500. Amounts are
 * decimal strings (a JSON number is already a float once parsed); addresses are stored lower case; times are UTC.
 */
import { createHash } from 'node:crypto'

import { z } from 'zod'

import { payloadTooLarge, unprocessable } from '../errors'
import { ACTIVITY_TYPES, type ActivityType } from './activityTypes'

export const MAX_BATCH = 500
/** Activities may be reported late, never from the future (beyond clock skew). */
const MAX_CLOCK_SKEW_MS = 5 * 60_000

const activityTypes = ACTIVITY_TYPES.map((type) => type.value) as [ActivityType, ...ActivityType[]]

export const activityInputSchema = z
  .object({
    type: z.enum(activityTypes).describe('What happened.'),
    wallet: z
      .string()
      .regex(/^0x[0-9a-fA-F]{40}$/, 'must be an address: 0x and 40 hex digits')
      .transform((address) => address.toLowerCase())
      .describe('A proxy wallet or an EOA; case-insensitive.'),
    occurredAt: z.iso
      .datetime({ offset: true, message: 'must be an ISO-8601 instant with Z or an offset' })
      .transform((value) => new Date(value).toISOString())
      .describe('When it happened; stored in UTC.'),
    amount: z
      .string({ message: 'must be a decimal string such as "12.5" (not a JSON number)' })
      .regex(/^(0|[1-9]\d{0,29})(\.\d{1,18})?$/, 'must be a non-negative decimal string with at most 30 integer and 18 fraction digits')
      .optional()
      .describe('The units the rule pays per, e.g. USDC traded; a decimal string.'),
    ref: z
      .string()
      .min(1)
      .max(200)
      // Postgres refuses NUL in text, and control characters have no place in a reference.
      .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
      .optional()
      .describe('The reporting service’s own reference, e.g. a trade id.'),
  })
  .strict()

export const activityBatchSchema = z.object({ activities: z.array(activityInputSchema).min(1).max(MAX_BATCH) }).strict()

export interface ActivityInput {
  type: ActivityType
  wallet: string
  occurredAt: string
  amount: string | null
  ref: string | null
}

export interface ParsedActivities {
  form: 'single' | 'batch'
  activities: ActivityInput[]
}

const normalise = (activity: z.infer<typeof activityInputSchema>): ActivityInput => ({
  type: activity.type,
  wallet: activity.wallet,
  occurredAt: activity.occurredAt,
  amount: activity.amount ?? null,
  ref: activity.ref ?? null,
})

function invalid(error: z.ZodError, prefix = ''): never {
  const issue = error.issues[0]!
  const where = [prefix, ...issue.path.map(String)].filter(Boolean).join('.')
  throw unprocessable('rewards.invalid_activity', { detail: `${where || 'body'}: ${issue.message}`, context: { issues: error.issues } })
}

/** Validates a parsed JSON body; 413 beyond MAX_BATCH, 422 for anything else wrong. */
export function parseActivities(body: unknown, now = Date.now()): ParsedActivities {
  const batch = typeof body === 'object' && body !== null && !Array.isArray(body) && 'activities' in body
  if (batch) {
    const list = (body as { activities: unknown }).activities
    if (Array.isArray(list) && list.length > MAX_BATCH) {
      throw payloadTooLarge('rewards.batch_too_large', { detail: `A batch holds at most ${MAX_BATCH} activities; this one has ${list.length}.` })
    }
  }
  const parsed = batch ? activityBatchSchema.safeParse(body) : activityInputSchema.safeParse(body)
  if (!parsed.success) invalid(parsed.error)
  const activities = batch ? (parsed.data as z.infer<typeof activityBatchSchema>).activities.map(normalise) : [normalise(parsed.data as z.infer<typeof activityInputSchema>)]
  for (const [index, activity] of activities.entries()) {
    if (Date.parse(activity.occurredAt) > now + MAX_CLOCK_SKEW_MS) {
      throw unprocessable('rewards.activity_in_future', { detail: `${batch ? `activities.${index}.` : ''}occurredAt: ${activity.occurredAt} is in the future.` })
    }
  }
  return { form: batch ? 'batch' : 'single', activities }
}

/** What "the same body" means for Idempotency-Key: the normalised request, not its bytes or key order. */
export function requestHash(parsed: ParsedActivities): string {
  return createHash('sha256').update(JSON.stringify(parsed)).digest('hex')
}
