/**
 * Wallet changes that move points between holders: a proxy linked to (or unlinked from) an EOA, an address or type
 * changed, a wallet deleted. They bump the attribution generation in the same transaction, so Redis leaderboards
 * built before it are rebuilt from Postgres on their next read; activities recorded for a wallet nobody knew are
 * attributed that way once it is linked. Changes that move no recorded points (a new user's wallets) bump nothing.
 */
import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { transactionDb } from '../db/transaction'
import { BUMP_GENERATION_SQL } from './db'

interface WalletDoc {
  address?: string | null
  type?: string | null
  eoa?: number | { id: number } | null
}

const eoaId = (doc: WalletDoc): number | null => (doc.eoa && typeof doc.eoa === 'object' ? doc.eoa.id : (doc.eoa ?? null))

/** Where a wallet's own points go: its EOA when it is a linked proxy, else itself. */
const destination = (doc: WalletDoc): string => (doc.type === 'proxy' && eoaId(doc) !== null ? `eoa:${eoaId(doc)}` : 'self')

/** What a change does to attribution: nothing, points of some addresses move, or possibly any (an EOA changed). */
export function attributionChange(before: WalletDoc | null, after: WalletDoc | null): { kind: 'none' } | { kind: 'addresses'; addresses: string[] } | { kind: 'any' } {
  // Proxies follow the wallet they point at only while it is an EOA (wallets.ts, HOLDER): when an EOA changes address
  // or type, or goes, or an existing wallet becomes an EOA, the proxies pointing at it move.
  if (before?.type === 'eoa' && (!after || after.type !== 'eoa' || after.address !== before.address)) return { kind: 'any' }
  if (before && before.type !== 'eoa' && after?.type === 'eoa') return { kind: 'any' }
  const from = before ? destination(before) : 'self'
  const to = after ? destination(after) : 'self'
  // An address that gains or loses a wallet row keeps itself as holder unless it is a linked proxy.
  const moved = before && after ? before.address !== after.address : false
  if (from === to && !moved) return { kind: 'none' }
  const addresses = [before?.address, after?.address].filter((address): address is string => Boolean(address))
  return addresses.length ? { kind: 'addresses', addresses } : { kind: 'none' }
}

// Stryker disable all: the hooks below write to Postgres inside Payload's transaction; the unit layer cannot run them,
// test/int/rewards/leaderboard.int.test.ts does (link changes against a naive recomputation from the ledger).
async function bumpFor(req: Parameters<CollectionAfterDeleteHook>[0]['req'], change: ReturnType<typeof attributionChange>): Promise<void> {
  if (change.kind === 'none') return
  const db = await transactionDb(req)
  if (change.kind === 'any') {
    await db.execute(sql.raw(BUMP_GENERATION_SQL))
    return
  }
  // Addresses are 0x + hex: joining them with commas is unambiguous.
  await db.execute(sql`
    insert into reward_state (id, generation)
    select 1, 1 where exists (select 1 from reward_ledger where wallet = any(string_to_array(${change.addresses.join(',')}, ',')))
    on conflict (id) do update set generation = reward_state.generation + 1`)
}

export const attributionAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  await bumpFor(req, attributionChange(operation === 'create' ? null : (previousDoc as WalletDoc), doc as WalletDoc))
  return doc
}

export const attributionAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await bumpFor(req, attributionChange(doc as WalletDoc, null))
}
