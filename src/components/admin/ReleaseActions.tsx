'use client'
/**
 * The release edit view's actions: what publishing it changes (tree and feeds), Publish, Revert, a link to its
 * preview and a signed preview link to share. Errors show each invalid document's problems.
 */
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { type ReactNode, useCallback, useEffect, useState } from 'react'

interface Diff {
  tree: { added: string[]; removed: string[]; renamed: { slug: string; from: string; to: string }[]; moved: { slug: string; from: string | null; to: string | null }[] }
  feeds: { slug: string; label: string; diff: { added: string[]; removed: string[]; moved: { slug: string; from: number; to: number }[]; retitled: { slug: string; from: string; to: string }[] } }[]
  feedsNotCompared: number
}

interface Problem {
  detail?: string
  documents?: { collection: string; id: number; errors: { path: string; message: string }[] }[]
}

function DiffView({ diff }: { diff: Diff }): ReactNode {
  const lines = [
    ...diff.tree.added.map((slug) => `+ tag ${slug}`),
    ...diff.tree.removed.map((slug) => `− tag ${slug}`),
    ...diff.tree.renamed.map((r) => `tag ${r.slug}: “${r.from}” → “${r.to}”`),
    ...diff.tree.moved.map((m) => `tag ${m.slug}: under ${m.from ?? 'root'} → ${m.to ?? 'root'}`),
    ...diff.feeds.flatMap(({ label, diff: feed }) => [
      ...feed.added.map((slug) => `${label}: + ${slug}`),
      ...feed.removed.map((slug) => `${label}: − ${slug}`),
      ...feed.moved.map((m) => `${label}: ${m.slug} #${m.from} → #${m.to}`),
      ...feed.retitled.map((r) => `${label}: ${r.slug} “${r.from}” → “${r.to}”`),
    ]),
  ]
  return (
    <ul data-testid="release-diff" style={{ fontSize: 13, paddingLeft: 16 }}>
      {lines.length === 0 ? <li>No visible change in the tree or the compared feeds.</li> : lines.map((line) => <li key={line}>{line}</li>)}
      {diff.feedsNotCompared > 0 ? <li>{diff.feedsNotCompared} more feeds not compared.</li> : null}
    </ul>
  )
}

export function ReleaseActions(): ReactNode {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const [diff, setDiff] = useState<Diff | null>(null)
  const [message, setMessage] = useState('')
  const [problem, setProblem] = useState<Problem | null>(null)
  const [link, setLink] = useState('')
  const [busy, setBusy] = useState(false)

  const loadDiff = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/releases/${id}/diff`, { credentials: 'include' })
    if (response.ok) setDiff((await response.json()) as Diff)
  }, [id])

  useEffect(() => void loadDiff(), [loadDiff])

  const act = async (action: 'publish' | 'revert') => {
    setBusy(true)
    setProblem(null)
    setMessage('')
    const response = await fetch(`/api/releases/${id}/${action}`, { method: 'POST', credentials: 'include' })
    const body = (await response.json()) as Problem & { configVersion?: number }
    setBusy(false)
    if (!response.ok) return setProblem(body)
    setMessage(`${action === 'publish' ? 'Published' : 'Reverted'} as config version ${body.configVersion}. Reload to see the new status.`)
    void loadDiff()
  }

  const share = async () => {
    const response = await fetch('/api/preview-link', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/preview', params: { which: 'release', release: String(id) } }),
    })
    const body = (await response.json()) as { url?: string; detail?: string }
    if (!body.url) return setMessage(body.detail ?? `Failed (${response.status}).`)
    const url = new URL(body.url, window.location.origin).toString()
    setLink(url)
    await navigator.clipboard?.writeText(url).catch(() => undefined)
  }

  if (!id) return null
  const publishable = status === 'draft' || status === 'scheduled' || status === 'failed'
  return (
    <div data-testid="release-actions" style={{ marginBottom: '1.5rem' }}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {publishable ? (
          <Button size="small" disabled={busy} onClick={() => void act('publish')}>
            Publish release now
          </Button>
        ) : null}
        {status === 'published' ? (
          <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => void act('revert')}>
            Revert release
          </Button>
        ) : null}
        <Button size="small" buttonStyle="secondary" onClick={() => void share()}>
          Copy preview link
        </Button>
      </div>
      <p>
        <a href={`/preview?which=release&release=${id}`} target="_blank" rel="noreferrer">
          Preview with this release
        </a>{' '}
        ·{' '}
        <a href={`/preview/diff?which=release&release=${id}`} target="_blank" rel="noreferrer">
          Full diff
        </a>
      </p>
      {link ? (
        <p style={{ wordBreak: 'break-all' }}>
          <a data-testid="preview-link" href={link} target="_blank" rel="noreferrer">
            {link}
          </a>
        </p>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
      {problem ? (
        <div role="alert" data-testid="release-problem">
          <p>{problem.detail}</p>
          <ul>
            {problem.documents?.map((doc) => (
              <li key={`${doc.collection}${doc.id}`}>
                {doc.collection} {doc.id}: {doc.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <strong>What publishing changes</strong>
      {diff ? <DiffView diff={diff} /> : <p>Comparing…</p>}
    </div>
  )
}
