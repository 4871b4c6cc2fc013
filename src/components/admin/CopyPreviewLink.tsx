'use client'
/**
 * "Copy preview link" on a previewable document: asks the app for a signed link to the document's draft preview
 * (valid a day, to that page only), copies it and shows it, for a reviewer without an admin session.
 */
import { Button, useFormFields } from '@payloadcms/ui'
import { type ReactNode, useState } from 'react'

export interface CopyPreviewLinkProps {
  /** The preview page, with `{slug}` standing for the document's slug. */
  pathTemplate: string
}

export function CopyPreviewLink({ pathTemplate }: CopyPreviewLinkProps): ReactNode {
  const slug = useFormFields(([fields]) => fields.slug?.value)
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null)
  const [error, setError] = useState('')
  const needsSlug = pathTemplate.includes('{slug}')

  const issue = async () => {
    setError('')
    const path = pathTemplate.replace('{slug}', typeof slug === 'string' ? slug : '')
    const response = await fetch('/api/preview-link', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path, params: { which: 'draft' } }),
    })
    const body = (await response.json()) as { url?: string; expiresAt?: string; detail?: string }
    if (!response.ok || !body.url) return setError(body.detail ?? `Failed (${response.status}).`)
    const url = new URL(body.url, window.location.origin).toString()
    setLink({ url, expiresAt: body.expiresAt! })
    await navigator.clipboard?.writeText(url).catch(() => undefined)
  }

  return (
    <div data-testid="copy-preview-link" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" size="small" onClick={() => void issue()} disabled={needsSlug && !slug}>
        Copy preview link
      </Button>
      {link ? (
        <p style={{ wordBreak: 'break-all' }}>
          <a data-testid="preview-link" href={link.url} target="_blank" rel="noreferrer">
            {link.url}
          </a>
          <br />
          <small>Copied. Opens this draft preview without a login until {new Date(link.expiresAt).toLocaleString()}.</small>
        </p>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
    </div>
  )
}
