/** Activity ingestion between parsing and responding: the headers, the body, then the rewards service. */
import { z } from 'zod'

import { badRequest } from '../../errors'
import { readJsonBody } from '../../http/jsonBody'
import type { RateLimiter } from '../../http/rateLimit'
import { parseActivities } from '../../rewards/activityInput'
import { ingestActivities } from '../../rewards/ingest'
import type { Rewards } from '../../rewards/service'
import { INGEST_KEY_LIMIT } from './limits'

/** 500 activities of a few hundred bytes each, with room to spare. */
export const MAX_INGEST_BYTES = 1024 * 1024

const idempotencyKeyHeader = z.string().regex(/^[\x21-\x7e]{1,255}$/)

export async function postActivities(request: Request, services: Rewards, limits: RateLimiter, now = Date.now()): Promise<Response> {
  const apiKeyId = await services.apiKeys.verify(request.headers.get('authorization'))
  // Per key as well as per address: one caller's flood, from however many addresses, spends only its own window.
  await limits.check(INGEST_KEY_LIMIT, String(apiKeyId))
  const key = request.headers.get('idempotency-key')
  if (key === null) throw badRequest('rewards.idempotency_key_missing', { detail: 'Send an Idempotency-Key header: the same key for every retry of one request.' })
  if (!idempotencyKeyHeader.safeParse(key).success) throw badRequest('rewards.idempotency_key_invalid', { detail: 'An Idempotency-Key is 1–255 visible ASCII characters.' })
  const parsed = parseActivities(await readJsonBody(request, MAX_INGEST_BYTES), now)
  const result = await ingestActivities(services, apiKeyId, key, parsed)
  return new Response(result.body, {
    status: result.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'idempotent-replayed': String(result.status === 200) },
  })
}
