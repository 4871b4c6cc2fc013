'use client'
/**
 * In the explore-tag sidebar: the warning of the last publish, when market data was unreachable and the upstream
 * tag ids or pinned events went out unchecked. Read again after every save.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import { type ReactNode, useEffect, useState } from 'react'

import { lookup } from './SearchPicker'

export function PublishWarning(): ReactNode {
  const { id, lastUpdateTime } = useDocumentInfo()
  const [warning, setWarning] = useState<{ message: string; at: string } | null>(null)

  useEffect(() => {
    if (id === undefined || id === null) return
    const controller = new AbortController()
    lookup<{ warning: { message: string; at: string } | null }>(`/api/publish-warnings/explore-tags/${String(id)}`, controller.signal).then(
      (body) => setWarning(body.warning),
      () => undefined,
    )
    return () => controller.abort()
  }, [id, lastUpdateTime])

  if (!warning) return null
  return (
    <div role="status" data-testid="publish-warning" style={{ marginBottom: '1.5rem', padding: '8px 12px', borderRadius: 4, background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' }}>
      <strong>Published unchecked.</strong> {warning.message} ({new Date(warning.at).toLocaleString()}) Check the ids and pinned events once market data is back.
    </div>
  )
}
