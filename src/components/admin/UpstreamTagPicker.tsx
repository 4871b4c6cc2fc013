'use client'
/** Under an upstream-tag-ids field: finds upstream tags by label and adds the chosen tag's id. */
import type { ReactNode } from 'react'

import { lookup, type PickerOption, SearchPicker } from './SearchPicker'

const searchTags = async (q: string, signal: AbortSignal): Promise<PickerOption<number>[]> => {
  const { tags } = await lookup<{ tags: { id: number; label: string; slug: string }[] }>(`/api/upstream-tags?q=${encodeURIComponent(q)}`, signal)
  return tags.map((tag) => ({ value: tag.id, text: tag.label, note: tag.slug }))
}

export function UpstreamTagPicker({ path }: { path: string }): ReactNode {
  return <SearchPicker path={path} placeholder="Find an upstream tag by label…" search={searchTags} testId={`upstream-tag-picker-${path}`} />
}
