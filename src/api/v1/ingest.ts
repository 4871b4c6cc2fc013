/** Activity ingestion between parsing and responding: the headers, the body, then the rewards service. */
import { z } from 'zod'

import { badRequest, toAppError } from '../../errors'
import { readJsonBody } from '../../http/jsonBody'
import type { RateLimiter } from '../../http/rateLimit'
import { parseActivities } from '../../rewards/activityInput'
import { ingestActivities } from '../../rewards/ingest'
import { inSpan } from '../../telemetry/spans'
import type { Rewards } from '../../rewards/service'
import { INGEST_KEY_LIMIT } from './limits'

/** 500 activities of a few hundred bytes each, with room to spare. */
export const MAX_INGEST_BYTES = 1024 * 1024

const idempotencyKeyHeader = z.string().regex(/^[\x21-\x7e]{1,255}$/)

export async function postActivities(request: Request, services: Rewards, limits: RateLimiter, now = Date.now()): Promise<Response> {
  try {
    return await ingest(request, services, limits, now)
  } catch (error) {
    const { code } = toAppError(error)
    services.counters.rejected[code] = (services.counters.rejected[code] ?? 0) + 1
    throw error
  }
}

async function ingest(request: Request, services: Rewards, limits: RateLimiter, now: number): Promise<Response> {
  const apiKeyId = await services.apiKeys.verify(request.headers.get('authorization'))
  // Per key as well as per address: one caller's flood, from however many addresses, spends only its own window.
  await limits.check(INGEST_KEY_LIMIT, String(apiKeyId), '/api/v1/rewards/activities')
  const key = request.headers.get('idempotency-key')
  if (key === null) throw badRequest('rewards.idempotency_key_missing', { detail: 'Send an Idempotency-Key header: the same key for every retry of one request.' })
  if (!idempotencyKeyHeader.safeParse(key).success) throw badRequest('rewards.idempotency_key_invalid', { detail: 'An Idempotency-Key is 1–255 visible ASCII characters.' })
  const parsed = parseActivities(await readJsonBody(request, MAX_INGEST_BYTES), now)
  const result = await inSpan('rewards.ingest', { 'playbook.ingest.activities': parsed.activities.length, 'playbook.ingest.form': parsed.form }, async (span) => {
    const answer = await ingestActivities(services, apiKeyId, key, parsed)
    span.setAttribute('playbook.ingest.replayed', answer.status === 200)
    return answer
  })
  if (result.status === 200) services.counters.replayed++
  else {
    services.counters.recorded++
    services.counters.activities += parsed.activities.length
  }
  return new Response(result.body, {
    status: result.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'idempotent-replayed': String(result.status === 200) },
  })
}
