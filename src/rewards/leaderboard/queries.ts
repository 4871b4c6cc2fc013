/**
 * Leaderboard reads from Postgres, the source of truth. Caps apply per wallet, rule version and UTC day
 * (`least` ignores a null cap), then totals add up per holder; see standings.ts for the same rule in TypeScript.
 */
import type { Sql } from '../db'
import { GENERATION_SQL } from '../db'
import { fromNumeric, type Points } from '../points'
import { HOLDER, MEMBERS_CTE, RESOLVE_JOINS } from '../wallets'

/** `capped(wallet, activity_type, points)` for ledger rows matching `where`. */
const CAPPED = (where: string) => `capped as (
  select wallet, activity_type, least(sum(points), max(daily_cap)) as points
    from reward_ledger where ${where}
   group by wallet, activity_type, rule_id, rule_version, day
)`

/** `totals(holder, points)` of a whole season ($1). */
const SEASON_TOTALS = `with ${CAPPED('season_id = $1')},
  per_wallet as (select wallet, sum(points) as points from capped group by wallet),
  totals as (
    select ${HOLDER('p.wallet')} as holder, sum(p.points) as points
      from per_wallet p ${RESOLVE_JOINS('p.wallet')}
     group by 1
  )`

export interface HolderTotal {
  holder: string
  points: Points
}

/** Every holder's total in a season and the generation they were read under: what a rebuild writes. */
export async function seasonTotals(db: Sql, seasonId: number): Promise<{ generation: number; totals: HolderTotal[] }> {
  const { rows } = await db.query<{ holder: string | null; points: string | null; generation: string }>(
    `${SEASON_TOTALS} select t.holder, t.points::text as points, g.generation from (select ${GENERATION_SQL} as generation) g left join totals t on true`,
    [seasonId],
  )
  return {
    generation: Number(rows[0]?.generation ?? 0),
    totals: rows.flatMap((row) => (row.holder === null ? [] : [{ holder: row.holder, points: fromNumeric(row.points) }])),
  }
}

export interface OwnerName {
  handle: string
  displayName: string | null
}

/** Owners of holders (the page being shown) and the current generation: the one query of a warm page. */
export async function ownersAndGeneration(db: Sql, holders: readonly string[]): Promise<{ generation: number; owners: Map<string, OwnerName> }> {
  const { rows } = await db.query<{ generation: string; owners: { holder: string; handle: string; displayName: string | null }[] | null }>(
    `select ${GENERATION_SQL} as generation,
            (select json_agg(json_build_object('holder', h.holder, 'handle', u.handle, 'displayName', u.display_name))
               from unnest($1::text[]) as h(holder)
               join wallets w on w.address = h.holder
               join app_users u on u.id = w.owner_id) as owners`,
    [holders],
  )
  const row = rows[0]!
  return { generation: Number(row.generation), owners: new Map((row.owners ?? []).map((owner) => [owner.holder, { handle: owner.handle, displayName: owner.displayName }])) }
}

export interface RankedRow {
  rank: number
  holder: string
  points: string
  owner: OwnerName | null
}

/** A page straight from the ledger, ranked in SQL (no Redis, or Redis failing): one query. */
export async function pageFromLedger(db: Sql, seasonId: number, offset: number, limit: number): Promise<{ count: number; rows: RankedRow[] }> {
  const { rows } = await db.query<{ holder: string; points: string; rank: string; count: string; handle: string | null; display_name: string | null }>(
    `${SEASON_TOTALS},
      ranked as (select holder, points, row_number() over (order by points desc, holder collate "C") as rank, count(*) over () as count from totals)
     select r.holder, r.points::text as points, r.rank, r.count, u.handle, u.display_name
       from ranked r left join wallets w on w.address = r.holder left join app_users u on u.id = w.owner_id
      order by r.rank offset $2 limit $3`,
    [seasonId, offset, limit],
  )
  const count = rows.length ? Number(rows[0]!.count) : offset > 0 ? await countHolders(db, seasonId) : 0
  return {
    count,
    rows: rows.map((row) => ({
      rank: Number(row.rank),
      holder: row.holder,
      points: fromNumeric(row.points).toFixed(),
      owner: row.handle === null ? null : { handle: row.handle, displayName: row.display_name },
    })),
  }
}

async function countHolders(db: Sql, seasonId: number): Promise<number> {
  const { rows } = await db.query<{ count: string }>(`${SEASON_TOTALS} select count(*) as count from totals`, [seasonId])
  return Number(rows[0]?.count ?? 0)
}

/** A holder's rank computed in SQL (no Redis): 1 + holders ahead of it; null without points. */
export async function rankFromLedger(db: Sql, seasonId: number, holder: string): Promise<{ rank: number | null; count: number }> {
  const { rows } = await db.query<{ rank: string | null; count: string }>(
    `${SEASON_TOTALS}, me as (select points from totals where holder = $2)
     select case when exists (select 1 from me)
                 then 1 + (select count(*) from totals t, me where t.points > me.points or (t.points = me.points and t.holder collate "C" < $2 collate "C"))
            end as rank,
            (select count(*) from totals) as count`,
    [seasonId, holder],
  )
  const row = rows[0]
  return { rank: row?.rank == null ? null : Number(row.rank), count: Number(row?.count ?? 0) }
}

/** Totals of the holders the given wallets resolve to, in the given seasons, after an ingestion committed. */
export async function holderTotals(db: Sql, wallets: readonly string[], seasonIds: readonly number[]): Promise<{ generation: number; bySeason: Map<number, HolderTotal[]> }> {
  const { rows } = await db.query<{ holder: string; season_id: number; points: string; generation: string }>(
    `with holders as (
       select distinct ${HOLDER('i.address')} as holder from unnest($1::text[]) as i(address) ${RESOLVE_JOINS('i.address')}
     ), ${MEMBERS_CTE},
     groups as (
       select m.holder, l.season_id, least(sum(l.points), max(l.daily_cap)) as points
         from members m join reward_ledger l on l.wallet = m.wallet and l.season_id = any($2::int[])
        group by m.holder, l.season_id, l.wallet, l.rule_id, l.rule_version, l.day
     )
     select holder, season_id, sum(points)::text as points, ${GENERATION_SQL} as generation from groups group by holder, season_id`,
    [wallets, seasonIds],
  )
  const bySeason = new Map<number, HolderTotal[]>()
  for (const row of rows) {
    const list = bySeason.get(row.season_id) ?? []
    list.push({ holder: row.holder, points: fromNumeric(row.points) })
    bySeason.set(row.season_id, list)
  }
  return { generation: Number(rows[0]?.generation ?? 0), bySeason }
}
