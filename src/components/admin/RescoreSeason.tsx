'use client'
/** The season edit view's re-score action: queues the background job and shows its progress. */
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { type ReactNode, useCallback, useEffect, useState } from 'react'

interface Status {
  status: 'running' | 'done' | 'failed'
  processed: number
  updatedAt: string
  finishedAt: string | null
  error: string | null
}

export function RescoreSeason(): ReactNode {
  const { id } = useDocumentInfo()
  const [status, setStatus] = useState<Status | null>(null)
  const [message, setMessage] = useState('')

  const refresh = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/reward-seasons/${id}/rescore`, { credentials: 'include' })
    if (response.ok) setStatus(((await response.json()) as { rescore: Status | null }).rescore)
  }, [id])

  useEffect(() => {
    void refresh()
    const timer = setInterval(() => void refresh(), 3_000)
    return () => clearInterval(timer)
  }, [refresh])

  if (!id) return null
  const start = async () => {
    const response = await fetch(`/api/reward-seasons/${id}/rescore`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { error?: string }
    setMessage(response.ok ? 'Queued: it starts within a few seconds.' : (body.error ?? `Failed (${response.status}).`))
  }
  return (
    <div className="field-type" data-testid="rescore-season" style={{ marginBottom: 24 }}>
      <label className="field-label">Re-score</label>
      <p style={{ opacity: 0.8 }}>Scores every activity of this season again with the rules published now. Runs in the background; safe to repeat.</p>
      <Button buttonStyle="secondary" onClick={() => void start()}>
        Re-score season
      </Button>
      {message ? <div>{message}</div> : null}
      {status ? (
        <div data-testid="rescore-status">
          Latest: {status.status}, {status.processed} activities{status.finishedAt ? `, finished ${new Date(status.finishedAt).toLocaleString()}` : ''}
          {status.error ? ` — ${status.error}` : ''}
        </div>
      ) : null}
    </div>
  )
}
