/**
 * Wallet resolution, one direction only: a proxy → the EOA it links to (when that wallet really is an EOA) → the
 * EOA's owner; any other wallet → its own owner; an unknown address → itself, unowned. The "holder" is the address
 * points are credited to on leaderboards. The SQL pieces here are shared by every rewards query, so there is
 * one definition of attribution.
 */
import type { Sql } from './db'

/** `holder` and `owner_id` of a wallet row `w` (left-joined, may be null) with its EOA `e`, for address `address`. */
export const RESOLVE_JOINS = (address: string) => `
  left join wallets w on w.address = ${address}
  left join wallets e on w.type = 'proxy' and e.id = w.eoa_id and e.type = 'eoa'`
export const HOLDER = (address: string) => `case when e.id is not null then e.address else ${address} end`
export const OWNER_ID = `case when e.id is not null then e.owner_id else w.owner_id end`

/**
 * `members(holder, wallet)`: every address whose points go to one of the holders in CTE `holders(holder)`, i.e. the
 * holder itself and the proxies linked to it.
 */
export const MEMBERS_CTE = `members as (
  select holder, holder as wallet from holders
  union
  select h.holder, p.address from holders h
    join wallets he on he.address = h.holder and he.type = 'eoa'
    join wallets p on p.eoa_id = he.id and p.type = 'proxy'
)`

export interface ResolvedWallet {
  address: string
  type: 'proxy' | 'eoa' | null
  holder: string
  owner: { id: number; handle: string; displayName: string | null } | null
}

/** Resolves many addresses in one query. */
export async function resolveWallets(db: Sql, addresses: readonly string[]): Promise<Map<string, ResolvedWallet>> {
  const unique = [...new Set(addresses.map((address) => address.toLowerCase()))]
  const { rows } = await db.query<{ address: string; type: 'proxy' | 'eoa' | null; holder: string; owner_id: number | null; handle: string | null; display_name: string | null }>(
    `select i.address, w.type::text as type, ${HOLDER('i.address')} as holder, u.id as owner_id, u.handle, u.display_name
       from unnest($1::text[]) as i(address)
       ${RESOLVE_JOINS('i.address')}
       left join app_users u on u.id = ${OWNER_ID}`,
    [unique],
  )
  return new Map(
    rows.map((row) => [
      row.address,
      { address: row.address, type: row.type, holder: row.holder, owner: row.owner_id === null ? null : { id: row.owner_id, handle: row.handle!, displayName: row.display_name } },
    ]),
  )
}
