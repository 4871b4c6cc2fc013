/** Read-only: a wallet's latest reported activities and what each earned, on the wallet's edit view. */
import type { Payload } from 'payload'
import type { ReactNode } from 'react'

const LIMIT = 50

interface Row {
  id: string
  type: string
  occurred_at: Date
  amount: string | null
  ref: string | null
  scores: { season: number; points: string }[] | null
}

export async function WalletActivities({ payload, data }: { payload: Payload; data?: { address?: string } }): Promise<ReactNode> {
  const address = data?.address
  if (!address) return null
  const { rows } = await payload.db.pool.query<Row>(
    `select a.id, a.type, a.occurred_at, a.amount::text as amount, a.ref,
            (select json_agg(json_build_object('season', l.season_id, 'points', l.points::text)) from reward_ledger l where l.activity_id = a.id) as scores
       from reward_activities a where a.wallet = $1 order by a.occurred_at desc, a.id desc limit ${LIMIT}`,
    [address],
  )
  const cell = { padding: '4px 8px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const }
  return (
    <div className="field-type" data-testid="wallet-activities" style={{ marginBottom: 24 }}>
      <label className="field-label">Recent activities ({rows.length < LIMIT ? rows.length : `latest ${LIMIT}`})</label>
      {rows.length === 0 ? (
        <p style={{ opacity: 0.7 }}>No activity reported for this address.</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
          <thead>
            <tr>
              {['When (UTC)', 'Type', 'Amount', 'Ref', 'Points (season id: points before the daily cap)'].map((title) => (
                <th key={title} style={cell}>
                  {title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td style={cell}>{row.occurred_at.toISOString().replace('T', ' ').slice(0, 19)}</td>
                <td style={cell}>{row.type}</td>
                <td style={cell}>{row.amount ?? '—'}</td>
                <td style={cell}>{row.ref ?? '—'}</td>
                <td style={cell}>{row.scores?.map((score) => `${score.season}: ${score.points}`).join(', ') || 'not scored'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
