'use client'
/** Live examples in the display-rule and props-vocabulary edit views: the title a sample market gets, updated while typing. */
import { useFormFields } from '@payloadcms/ui'
import type { ReactNode } from 'react'

import type { MarketKind } from '../../display/marketKinds'
import { samplePropTitles, sampleTitles } from '../../display/samples'
import { templateProblems } from '../../display/template'

const fieldValue = (fields: Record<string, { value?: unknown }>, path: string): string => {
  const value = fields[path]?.value
  return typeof value === 'string' ? value : ''
}

function Example({ rows, problems }: { rows: { question: string; title: string; subtitle?: string }[]; problems: string[] }): ReactNode {
  return (
    <div className="field-type title-example" data-testid="title-example" style={{ marginBottom: 24 }}>
      <label className="field-label">Live example</label>
      {rows.map((row) => (
        <div key={row.question} style={{ padding: '8px 12px', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, marginBottom: 6 }}>
          <div style={{ fontSize: 12, opacity: 0.7 }}>Upstream: {row.question}</div>
          <div data-testid="title-example-title" style={{ fontWeight: 600 }}>
            {row.title}
          </div>
          {row.subtitle ? <div data-testid="title-example-subtitle">{row.subtitle}</div> : null}
        </div>
      ))}
      {problems.map((problem) => (
        <div key={problem} style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </div>
      ))}
    </div>
  )
}

export function PropTitleExample(): ReactNode {
  const fields = useFormFields(([all]) => all)
  const vocabulary = {
    verb: fieldValue(fields, 'verb'),
    unitSingular: fieldValue(fields, 'unitSingular'),
    unitPlural: fieldValue(fields, 'unitPlural'),
    titleTemplate: fieldValue(fields, 'titleTemplate'),
  }
  return <Example rows={samplePropTitles(vocabulary, fieldValue(fields, 'statLabel'))} problems={templateProblems(vocabulary.titleTemplate)} />
}

export function DisplayRuleExample(): ReactNode {
  const fields = useFormFields(([all]) => all)
  const title = fieldValue(fields, 'titleTemplate')
  const subtitle = fieldValue(fields, 'subtitleTemplate')
  const kind = (fieldValue(fields, 'marketKind') || 'other') as MarketKind
  return <Example rows={[sampleTitles(kind, title, subtitle)]} problems={[...templateProblems(title), ...templateProblems(subtitle)]} />
}
