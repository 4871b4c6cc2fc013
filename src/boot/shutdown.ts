/** Closes the process-wide clients (Payload's pool, Redis) on shutdown. */
import { endPool } from '../db/endPool'
import { redis } from '../redis/client'

export async function closeSharedResources(): Promise<void> {
  const client = redis()
  if (client && client.status !== 'end') await client.quit().catch(() => client.disconnect())
  const cached = (globalThis as { _payload?: Map<string, { payload?: import('payload').Payload }> })._payload
  for (const entry of cached?.values() ?? []) {
    await endPool(entry.payload?.db?.pool).catch(() => undefined)
  }
}
