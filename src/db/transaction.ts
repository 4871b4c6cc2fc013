/** The drizzle handle of the request's open transaction, so a hook's statement commits or rolls back with the change. */
import type { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

export interface DrizzleLike {
  execute: (query: ReturnType<typeof sql>) => Promise<unknown>
}

export async function transactionDb(req: PayloadRequest): Promise<DrizzleLike> {
  const adapter = req.payload.db as unknown as { sessions?: Record<string, { db: DrizzleLike }>; drizzle: DrizzleLike }
  const transactionID = await req.transactionID
  return (transactionID !== undefined && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
}

/**
 * Runs `read` with a request whose queries all see one snapshot of the database (a read-only REPEATABLE READ
 * transaction): a configuration read across several tables never shows half of a transaction committed meanwhile.
 */
export async function inReadSnapshot<T>(payload: Payload, read: (req: PayloadRequest, db: DrizzleLike) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  const id = await payload.db.beginTransaction({ isolationLevel: 'repeatable read', accessMode: 'read only' } as never)
  req.transactionID = id ?? undefined
  try {
    return await read(req, await transactionDb(req))
  } finally {
    // A failed Payload operation rolls the transaction back and forgets it; otherwise end it here.
    if (req.transactionID !== undefined) await payload.db.commitTransaction(req.transactionID as string)
  }
}
