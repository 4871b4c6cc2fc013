'use client'
/**
 * A search box under a hasMany field: asks a staff lookup endpoint as the editor types (debounced) and adds the
 * chosen option's value to the field, so editors pick upstream tags and events by name instead of typing ids.
 */
import { useField } from '@payloadcms/ui'
import { type ReactNode, useEffect, useState } from 'react'

export interface PickerOption<V> {
  value: V
  /** What the editor recognises (a label or title), with the value shown beside it. */
  text: string
  note?: string
}

export interface SearchPickerProps<V> {
  path: string
  placeholder: string
  /** Asks the lookup endpoint for options matching `q`. */
  search: (q: string, signal: AbortSignal) => Promise<PickerOption<V>[]>
  testId: string
}

const DEBOUNCE_MS = 250

export function SearchPicker<V extends number | string>({ path, placeholder, search, testId }: SearchPickerProps<V>): ReactNode {
  const { value, setValue, readOnly } = useField<V[] | null>({ path })
  const [q, setQ] = useState('')
  const [options, setOptions] = useState<PickerOption<V>[]>([])
  const [error, setError] = useState('')
  const chosen = Array.isArray(value) ? value : []

  useEffect(() => {
    const query = q.trim()
    if (!query) return setOptions([])
    const controller = new AbortController()
    const timer = setTimeout(() => {
      search(query, controller.signal).then(
        (found) => (setError(''), setOptions(found)),
        (failure: unknown) => controller.signal.aborted || setError(failure instanceof Error ? failure.message : 'Search failed.'),
      )
    }, DEBOUNCE_MS)
    return () => (clearTimeout(timer), controller.abort())
  }, [q, search])

  if (readOnly) return null
  return (
    <div data-testid={testId} style={{ marginTop: 6 }}>
      <input type="search" value={q} placeholder={placeholder} onChange={(event) => setQ(event.target.value)} style={{ width: '100%', padding: '6px 8px' }} aria-label={placeholder} />
      {error ? <p role="alert">{error}</p> : null}
      {options.length > 0 ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
          {options.map((option) => {
            const added = chosen.includes(option.value)
            return (
              <li key={String(option.value)}>
                <button
                  type="button"
                  data-testid={`${testId}-option`}
                  disabled={added}
                  onClick={() => (setValue([...chosen, option.value]), setQ(''), setOptions([]))}
                  style={{ all: 'unset', cursor: added ? 'default' : 'pointer', display: 'block', width: '100%', padding: '6px 8px', opacity: added ? 0.5 : 1 }}
                >
                  <strong>{option.text}</strong> <code>{String(option.value)}</code>
                  {option.note ? <small> · {option.note}</small> : null}
                  {added ? <small> · added</small> : null}
                </button>
              </li>
            )
          })}
        </ul>
      ) : null}
    </div>
  )
}

/** GETs a staff lookup endpoint; a problem+json answer becomes its detail. */
export async function lookup<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { credentials: 'include', signal })
  const body = (await response.json()) as T & { detail?: string }
  if (!response.ok) throw new Error(body.detail ?? `Lookup failed (${response.status}).`)
  return body
}
