'use client'
/**
 * "Copy link" in the preview bar: asks for a signed link to this page with this query (`POST /api/preview-link`,
 * staff only), copies it and shows it, so a reviewer without an admin session sees exactly this screen.
 */
import { useState } from 'react'

export function CopyLinkButton({ path, params }: { path: string; params: Record<string, string> }) {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null)
  const [error, setError] = useState('')

  const issue = async () => {
    setError('')
    const response = await fetch('/api/preview-link', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path, params }),
    }).catch(() => null)
    const body = ((await response?.json().catch(() => null)) ?? {}) as { url?: string; expiresAt?: string; detail?: string }
    if (!response?.ok || !body.url) return setError(body.detail ?? (response ? `Failed (${response.status}).` : 'Failed.'))
    const url = new URL(body.url, window.location.origin).toString()
    setLink({ url, expiresAt: body.expiresAt! })
    await navigator.clipboard?.writeText(url).catch(() => undefined)
  }

  return (
    <span className="copylink">
      <button type="button" onClick={() => void issue()} data-testid="copy-link">
        Copy link
      </button>
      {link ? (
        <span className="copied">
          <a data-testid="preview-link" href={link.url} target="_blank" rel="noreferrer">
            {link.url}
          </a>{' '}
          <small>copied · opens this page without a login until {link.expiresAt.slice(0, 16).replace('T', ' ')} UTC</small>
        </span>
      ) : null}
      {error ? (
        <span role="alert" className="error">
          {error}
        </span>
      ) : null}
    </span>
  )
}
