/** A wallet's standing in a season: who it belongs to, its points by activity type, and its rank. One query + one rank read. */
import type { Sql } from './db'
import { GENERATION_SQL } from './db'
import type { Leaderboards } from './leaderboard'
import { fromNumeric, Points, ZERO } from './points'
import { HOLDER, MEMBERS_CTE, OWNER_ID, RESOLVE_JOINS } from './wallets'
import type { ActivityType } from './activityTypes'
import type { SeasonView, WalletSummary } from './views'

const SUMMARY = `
with target as (
  select ${HOLDER('i.address')} as holder, w.type::text as type, ${OWNER_ID} as owner_id
    from (select $1::text as address) as i ${RESOLVE_JOINS('i.address')}
), holders as (select holder from target), ${MEMBERS_CTE},
capped as (
  select l.activity_type, least(sum(l.points), max(l.daily_cap)) as points, count(*) as activities
    from members m join reward_ledger l on l.wallet = m.wallet and l.season_id = $2
   group by l.activity_type, l.wallet, l.rule_id, l.rule_version, l.day
)
select t.holder, t.type, u.handle, u.display_name, ${GENERATION_SQL} as generation,
       (select json_agg(json_build_object('type', b.activity_type, 'points', b.points::text, 'activities', b.activities) order by b.activity_type)
          from (select activity_type, sum(points) as points, sum(activities)::int as activities from capped group by activity_type) b) as breakdown,
       (select json_agg(m.wallet order by m.wallet) from members m) as wallets
  from target t left join app_users u on u.id = t.owner_id`

interface Row {
  holder: string
  type: 'proxy' | 'eoa' | null
  handle: string | null
  display_name: string | null
  generation: string
  breakdown: { type: ActivityType; points: string; activities: number }[] | null
  wallets: string[]
}

export async function walletSummary(db: Sql, leaderboards: Leaderboards, season: SeasonView & { id: number }, address: string): Promise<WalletSummary> {
  const row = (await db.query<Row>(SUMMARY, [address, season.id])).rows[0]!
  const breakdown = (row.breakdown ?? []).map((entry) => ({ ...entry, points: fromNumeric(entry.points).toFixed() }))
  const points = breakdown.reduce((sum, entry) => sum.plus(entry.points), ZERO as Points)
  const { rank } = breakdown.length === 0 ? { rank: null } : await leaderboards.rank(season.id, row.holder, Number(row.generation))
  const { id: _id, ...seasonView } = season
  return {
    address,
    type: row.type,
    holder: row.holder,
    owner: row.handle === null ? null : { handle: row.handle, displayName: row.display_name },
    season: seasonView,
    points: points.toFixed(),
    rank,
    breakdown,
    wallets: row.wallets,
  }
}
