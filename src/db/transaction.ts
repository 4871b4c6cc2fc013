/** The drizzle handle of the request's open transaction, so a hook's statement commits or rolls back with the change. */
import type { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

export interface DrizzleLike {
  execute: (query: ReturnType<typeof sql>) => Promise<unknown>
}

export async function transactionDb(req: PayloadRequest): Promise<DrizzleLike> {
  const adapter = req.payload.db as unknown as { sessions?: Record<string, { db: DrizzleLike }>; drizzle: DrizzleLike }
  const transactionID = await req.transactionID
  return (transactionID !== undefined && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
}
