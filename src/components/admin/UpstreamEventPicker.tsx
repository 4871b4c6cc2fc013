'use client'
/** Under a pinned- or hidden-events field: finds upstream events by title and adds the chosen event's slug. */
import type { ReactNode } from 'react'

import { lookup, type PickerOption, SearchPicker } from './SearchPicker'

const searchEvents = async (q: string, signal: AbortSignal): Promise<PickerOption<string>[]> => {
  const { events } = await lookup<{ events: { slug: string; title: string; closed: boolean }[] }>(`/api/upstream-events?q=${encodeURIComponent(q)}`, signal)
  return events.map((event) => ({ value: event.slug, text: event.title, ...(event.closed ? { note: 'settled' } : {}) }))
}

export function UpstreamEventPicker({ path }: { path: string }): ReactNode {
  return <SearchPicker path={path} placeholder="Find an upstream event by title…" search={searchEvents} testId={`upstream-event-picker-${path}`} />
}
